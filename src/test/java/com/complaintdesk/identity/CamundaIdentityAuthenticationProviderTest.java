package com.complaintdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class CamundaIdentityAuthenticationProviderTest {

  final IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  final CamundaIdentityAuthenticationProvider provider =
      new CamundaIdentityAuthenticationProvider(identityService, new LoginThrottle());

  @Test
  void aUserWhoseMembershipsAreStillBeingSeededGetsThemOnTheNextRequest() {
    when(identityService.checkPassword("admin", "secret")).thenReturn(true);
    Group admins = mock(Group.class);
    when(admins.getId()).thenReturn("camunda-admin");
    when(identityService.createGroupQuery().groupMember("admin").list()).thenReturn(List.of(), List.of(admins));

    Authentication duringStart = provider.authenticate(basic("admin", "secret"));
    Authentication afterSeeding = provider.authenticate(basic("admin", "secret"));

    assertThat(duringStart.getAuthorities()).isEmpty();
    assertThat(afterSeeding.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("camunda-admin");
  }

  @Test
  void aVerifiedUserWithGroupsIsRememberedWithoutAskingTheDatabaseAgain() {
    when(identityService.checkPassword("carla", "demo")).thenReturn(true, false);
    Group frontLine = mock(Group.class);
    when(frontLine.getId()).thenReturn("front-line");
    when(identityService.createGroupQuery().groupMember("carla").list()).thenReturn(List.of(frontLine));

    provider.authenticate(basic("carla", "demo"));
    Authentication again = provider.authenticate(basic("carla", "demo"));

    assertThat(again.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("front-line");
  }

  static UsernamePasswordAuthenticationToken basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }
}
