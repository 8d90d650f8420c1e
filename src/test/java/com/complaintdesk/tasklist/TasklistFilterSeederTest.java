package com.complaintdesk.tasklist;

import static com.complaintdesk.tasklist.TasklistFilterSeeder.ALL_OPEN;
import static com.complaintdesk.tasklist.TasklistFilterSeeder.DUE_TODAY;
import static com.complaintdesk.tasklist.TasklistFilterSeeder.EXECUTIVE;
import static com.complaintdesk.tasklist.TasklistFilterSeeder.MY_GROUPS;
import static com.complaintdesk.tasklist.TasklistFilterSeeder.OVERDUE_ESCALATED;
import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

class TasklistFilterSeederTest extends AppTestSupport {

  private static final List<String> NAMES = List.of(ALL_OPEN, MY_GROUPS, DUE_TODAY, OVERDUE_ESCALATED, EXECUTIVE);

  @Autowired TasklistFilterSeeder seeder;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;

  private final List<String> createdTasks = new java.util.ArrayList<>();

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    createdTasks.forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void startCreatesEachFilterOnceAndRunningAgainChangesNothing() {
    Map<String, String> idsAtStart = filterIdsByName();
    assertThat(idsAtStart).containsOnlyKeys(NAMES);

    seeder.run(new DefaultApplicationArguments());
    seeder.run(new DefaultApplicationArguments());

    assertThat(filterIdsByName()).isEqualTo(idsAtStart);
  }

  @Test
  void twoNodesCreatingTheSameFilterConvergeOnOne() {
    String original = filterIdsByName().get(DUE_TODAY);
    // the second node writes the same definition: whichever copy survives, the filter still lists what it should
    Filter duplicate = filterService.newTaskFilter(DUE_TODAY);
    duplicate.setQuery(seeder.definitions().stream().filter(d -> d.name().equals(DUE_TODAY)).findFirst()
        .orElseThrow().query().get());
    filterService.saveFilter(duplicate);

    seeder.run(new DefaultApplicationArguments());

    List<Filter> left = filterService.createFilterQuery().filterName(DUE_TODAY).list();
    assertThat(left).hasSize(1);
    assertThat(left.get(0).getId()).isIn(original, duplicate.getId());
    assertThat(filterNamesVisibleTo("carla", "front-line")).contains(DUE_TODAY);
  }

  @Test
  void agentsSeeTheirRoleFiltersAndOnlyTheExecutiveOfficeSeesLevel4() {
    assertThat(filterNamesVisibleTo("carla", "front-line"))
        .containsExactlyInAnyOrder(MY_GROUPS, DUE_TODAY, OVERDUE_ESCALATED);
    assertThat(filterNamesVisibleTo("sam", "supervisors"))
        .containsExactlyInAnyOrder(ALL_OPEN, MY_GROUPS, DUE_TODAY, OVERDUE_ESCALATED);
    assertThat(filterNamesVisibleTo("quinn", "quality-team"))
        .containsExactlyInAnyOrder(ALL_OPEN, MY_GROUPS, DUE_TODAY, OVERDUE_ESCALATED);
    assertThat(filterNamesVisibleTo("erin", "executive-office"))
        .containsExactlyInAnyOrder(MY_GROUPS, DUE_TODAY, OVERDUE_ESCALATED, EXECUTIVE);
    assertThat(filterNamesVisibleTo("admin", "camunda-admin")).containsAll(NAMES);
  }

  @Test
  void myGroupsListsTheGroupsTasksClaimedOrNotEarliestDeadlineFirst() {
    String later = task("later", "front-line", Instant.now().plus(3, ChronoUnit.DAYS));
    String sooner = task("sooner", "front-line", Instant.now().plus(1, ChronoUnit.HOURS));
    String overdue = task("overdue", "front-line", Instant.now().minus(1, ChronoUnit.HOURS));
    taskService.claim(sooner, "carla");
    String supervisors = task("supervisors", "supervisors", Instant.now());

    identityService.setAuthentication("carla", List.of("front-line"));
    List<String> myGroups = taskIds(MY_GROUPS);
    List<String> dueToday = taskIds(DUE_TODAY);
    identityService.setAuthentication("sam", List.of("supervisors"));
    List<String> samsGroups = taskIds(MY_GROUPS);

    assertThat(myGroups).containsExactly(overdue, sooner, later);
    assertThat(dueToday).contains(overdue).doesNotContain(later, supervisors);
    assertThat(samsGroups).containsExactly(supervisors);
  }

  @Test
  void everyFilterQueryRunsForItsReaders() {
    identityService.setAuthentication("admin", List.of("camunda-admin"));
    for (String name : NAMES) {
      assertThat(filterService.count(filterIdsByName().get(name))).as(name).isNotNull();
    }
  }

  private List<String> taskIds(String filterName) {
    return filterService.<Task>list(filterIdsByName().get(filterName)).stream().map(Task::getId)
        .filter(createdTasks::contains).toList();
  }

  private String task(String name, String candidateGroup, Instant due) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setDueDate(Date.from(due));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), candidateGroup);
    createdTasks.add(task.getId());
    return task.getId();
  }

  private List<String> filterNamesVisibleTo(String userId, String group) {
    identityService.setAuthentication(userId, List.of(group));
    try {
      return filterService.createFilterQuery().list().stream().map(Filter::getName).filter(NAMES::contains).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, String> filterIdsByName() {
    return filterService.createFilterQuery().list().stream()
        .filter(f -> NAMES.contains(f.getName()))
        .collect(Collectors.toMap(Filter::getName, Filter::getId));
  }
}
