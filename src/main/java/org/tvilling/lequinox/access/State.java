package org.tvilling.lequinox.access;

/**
 * The states of an access and of a personal identity: INVITED (created, not yet activated, cannot be used),
 * ACTIVE (can be used), DEACTIVATED (disabled, cannot be used).
 */
enum State {
    INVITED,
    ACTIVE,
    DEACTIVATED
}
