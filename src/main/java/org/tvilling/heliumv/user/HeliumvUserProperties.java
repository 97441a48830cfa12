package org.tvilling.heliumv.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sessionIdleTimeout how long a session lives without being used (design.md §5.2: 8 hours); every use
 *     restarts it
 */
@ConfigurationProperties("tvilling.heliumv")
record HeliumvUserProperties(@DefaultValue("PT8H") Duration sessionIdleTimeout) {}
