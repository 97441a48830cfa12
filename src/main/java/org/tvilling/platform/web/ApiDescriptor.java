package org.tvilling.platform.web;

/**
 * One implemented API, announced at start-up with where it is served and where its contract is.
 *
 * @param name the API's documented name
 * @param path the first path of the API, below the server's root
 * @param spec the file name of its contract in api-specs/, served under /api-specs/
 */
public record ApiDescriptor(String name, String path, String spec) {}
