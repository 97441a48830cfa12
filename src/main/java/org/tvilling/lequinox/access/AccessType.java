package org.tvilling.lequinox.access;

/** PRIVATE: the user acts in their private role (B2C, C2C); CORPORATE: for a company, through a role account (B2B). */
enum AccessType {
    PRIVATE,
    CORPORATE
}
