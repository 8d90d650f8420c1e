package com.complaintdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app on a random port with an in-memory H2 and the default demo profile (users carla, sam,
 * admin, ... with password demo). Test classes with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:app-test;DB_CLOSE_DELAY=-1",
    "spring.profiles.active=demo"})
public @interface AppTest {}
