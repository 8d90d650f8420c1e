package bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Camunda's REST API (/engine-rest) on one node: the same calls on the app (as admin) and on the bare engine. */
final class Engine {

  private static final int PAGE = 1000;

  final Http http;

  Engine(Http http) {
    this.http = http;
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> pageAll(String pathWithQuery) {
    List<Map<String, Object>> all = new ArrayList<>();
    String sep = pathWithQuery.contains("?") ? "&" : "?";
    for (int first = 0; ; first += PAGE) {
      List<Object> page = http.getOk(pathWithQuery + sep + "firstResult=" + first + "&maxResults=" + PAGE).array();
      page.forEach(o -> all.add((Map<String, Object>) o));
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  long count(String pathWithQuery) {
    return ((Number) http.getOk(pathWithQuery).object().get("count")).longValue();
  }

  /** Historic task instances of one task definition created after a time: id, processInstanceId, rootProcessInstanceId, startTime. */
  List<Map<String, Object>> historicTasks(String taskDefinitionKey, long startedAfterEpochMillis) {
    return pageAll(Contract.ENGINE + "/history/task?taskDefinitionKey=" + Http.q(taskDefinitionKey)
        + "&startedAfter=" + Http.q(Contract.engineDate(Instant.ofEpochMilli(startedAfterEpochMillis)))
        + "&sortBy=startTime&sortOrder=asc");
  }

  long historicTaskCount(String taskDefinitionKey, long startedAfterEpochMillis) {
    return count(Contract.ENGINE + "/history/task/count?taskDefinitionKey=" + Http.q(taskDefinitionKey)
        + "&startedAfter=" + Http.q(Contract.engineDate(Instant.ofEpochMilli(startedAfterEpochMillis))));
  }

  List<Map<String, Object>> jobs(String activityId) {
    return pageAll(Contract.ENGINE + "/job?activityId=" + Http.q(activityId));
  }

  Http.Response setDueDate(String jobId, Instant due) {
    return http.put(Contract.ENGINE + "/job/" + jobId + "/duedate", Contract.jobDueDate(due));
  }

  Http.Response complete(String taskId, Map<String, Object> body) {
    return http.post(Contract.ENGINE + "/task/" + taskId + "/complete", body);
  }

  List<Map<String, Object>> messageSubscriptions(String messageName) {
    return pageAll(Contract.ENGINE + "/event-subscription?eventType=message&eventName=" + Http.q(messageName));
  }

  Http.Response correlate(Map<String, Object> body) {
    return http.post(Contract.ENGINE + "/message", body);
  }

  List<Map<String, Object>> finishedInstances(String processKey, long startedAfterEpochMillis) {
    return pageAll(Contract.ENGINE + "/history/process-instance?processDefinitionKey=" + Http.q(processKey)
        + "&finished=true&startedAfter="
        + Http.q(Contract.engineDate(Instant.ofEpochMilli(startedAfterEpochMillis))));
  }

  long finishedCount(String processKey, long startedAfterEpochMillis) {
    return count(Contract.ENGINE + "/history/process-instance/count?processDefinitionKey=" + Http.q(processKey)
        + "&finished=true&startedAfter="
        + Http.q(Contract.engineDate(Instant.ofEpochMilli(startedAfterEpochMillis))));
  }

  /** Successful executions in the job log of the jobs of one activity. */
  List<Map<String, Object>> successfulJobLog(String activityId) {
    return pageAll(Contract.ENGINE + "/history/job-log?successLog=true&activityIdIn=" + Http.q(activityId));
  }

  long incidents() {
    return count(Contract.ENGINE + "/incident/count");
  }

  long failedJobs() {
    return count(Contract.ENGINE + "/job/count?withException=true");
  }

  /** Engine metric summed over the database and this node's not yet reported counts. */
  long metricSum(String name) {
    Http.Response r = http.get(Contract.ENGINE + "/metrics/" + name + "/sum");
    return r.ok() ? ((Number) r.object().get("result")).longValue() : -1;
  }
}
