package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.evidence.EvidenceFiles;
import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, case 3: evidence. Files attach from the integration, the customer's link and staff (API or the Tasklist
 * session); their kind comes from their bytes, their names are cleaned, every limit refuses and changes nothing;
 * those who may read the complaint list and download them, everyone else finds nothing.
 */
class AttachmentsApiTest extends AppTestSupport {

  static final int MB = 1024 * 1024;

  @Autowired IdentityService identityService;

  private String attachments(String complaintId) {
    return "/api/complaints/" + complaintId + "/attachments";
  }

  private int stored(String complaintId) {
    return count("SELECT COUNT(*) FROM attachment WHERE complaint_id = ?", complaintId);
  }

  @Test
  void theIntegrationAttachesAPhotoAtIntakeAndThoseWhoReadTheComplaintDownloadItAsSent() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    byte[] photo = EvidenceFiles.jpeg();

    Response sent = upload(attachments(id), "webchannel", "kettle base.jpg", photo);

    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    assertThat(sent.json().get("source").asText()).isEqualTo("INTEGRATION");
    assertThat(sent.json().get("mediaType").asText()).isEqualTo("image/jpeg");
    assertThat(sent.json().get("fileName").asText()).isEqualTo("kettle base.jpg");
    String link = sent.json().get("link").asText();
    assertThat(sent.header("Location")).isEqualTo(link);

    Response download = get(link, "carla");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).isEqualTo("image/jpeg");
    assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("kettle");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("Content-Security-Policy")).contains("sandbox");
    byte[] bytes = send(request(link, "carla").GET().build(), true);
    assertThat(bytes).isEqualTo(photo);

    JsonNode view = complaint(id);
    assertThat(view.get("attachments")).hasSize(1);
    assertThat(view.at("/attachments/0/link").asText()).isEqualTo(link);
    assertThat(view.at("/attachments/0/sizeBytes").asLong()).isEqualTo(photo.length);
  }

  @Test
  void theSameFileSentTwiceOrTwiceAtOnceIsOneAttachment() throws Exception {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    byte[] receipt = EvidenceFiles.pdf();
    Response first = upload(attachments(id), "webchannel", "receipt.pdf", receipt);
    Response retry = upload(attachments(id), "webchannel", "receipt.pdf", receipt);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().get("attachmentId")).isEqualTo(first.json().get("attachmentId"));

    byte[] photo = EvidenceFiles.png();
    List<CompletableFuture<Response>> clicks = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.supplyAsync(
        () -> upload(attachments(id), "carla", "photo.png", photo))).toList();
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<Response> click : clicks) {
      statuses.add(click.get().status());
    }
    assertThat(statuses).containsExactlyInAnyOrder(201, 200);
    assertThat(stored(id)).isEqualTo(2);
  }

  @Test
  void aFileIsWhatItsBytesSayNotWhatItsNameOrPartClaims() {
    String id = submitAndSettle(KETTLE_COMPLAINT);

    for (byte[] refused : List.of(EvidenceFiles.exe(), EvidenceFiles.html(), EvidenceFiles.zip(),
        "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))) {
      Response answer = http().multipart(attachments(id), "webchannel", "photo.jpg", refused, "image/jpeg", Map.of());
      assertThat(answer.status()).as(answer.body()).isEqualTo(415);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.json().get("detail").asText()).contains("images (JPEG, PNG, GIF, WebP, HEIC), PDF or plain text");
    }
    assertThat(stored(id)).isZero();

    Response png = upload(attachments(id), "webchannel", "../../invoice.pdf", EvidenceFiles.png());
    assertThat(png.status()).isEqualTo(201);
    assertThat(png.json().get("fileName").asText()).isEqualTo("invoice.pdf.png");
    Response disguised = upload(attachments(id), "webchannel", "photo\u202Egpj.exe", EvidenceFiles.gif());
    assertThat(disguised.json().get("fileName").asText()).isEqualTo("photo_gpj.exe.gif");
    Response text = upload(attachments(id), "webchannel", "notes", "Order 4711 arrived late.".getBytes(StandardCharsets.UTF_8));
    assertThat(get(text.json().get("link").asText(), "sam").header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
  }

  @Test
  void aFileOfTenMegabytesIsTakenAndOneByteMoreIsRefused() {
    String id = submitAndSettle(KETTLE_COMPLAINT);

    Response tooLarge = upload(attachments(id), "webchannel", "big.png", EvidenceFiles.pngOfSize(10 * MB + 1));
    assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
    assertThat(tooLarge.json().get("detail").asText()).contains("at most 10.0 MB");
    assertThat(stored(id)).isZero();

    assertThat(upload(attachments(id), "webchannel", "big.png", EvidenceFiles.pngOfSize(10 * MB)).status()).isEqualTo(201);

    assertThat(upload(attachments(id), "webchannel", "empty.txt", new byte[0]).status()).isEqualTo(400);
    assertThat(post(attachments(id), "webchannel", "{}").status()).as("not multipart").isEqualTo(415);
    assertThat(stored(id)).isEqualTo(1);
  }

  @Test
  void aComplaintHoldsFiftyMegabytesAndNoMore() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    for (int i = 0; i < 5; i++) {
      assertThat(upload(attachments(id), "webchannel", "photo" + i + ".png", EvidenceFiles.pngOfSize(10 * MB)).status())
          .isEqualTo(201);
    }

    Response full = upload(attachments(id), "webchannel", "one more.png", EvidenceFiles.pngOfSize(16));

    assertThat(full.status()).as(full.body()).isEqualTo(409);
    assertThat(full.json().get("detail").asText()).contains("at most 50.0 MB");
    assertThat(stored(id)).isEqualTo(5);
  }

  @Test
  void aComplaintHoldsFiftyFilesAndNoMore() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    for (int i = 0; i < 50; i++) {
      assertThat(upload(attachments(id), "webchannel", "note" + i + ".txt",
          ("Note " + i).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
    }

    Response full = upload(attachments(id), "webchannel", "note50.txt", "Note 50".getBytes(StandardCharsets.UTF_8));

    assertThat(full.status()).isEqualTo(409);
    assertThat(full.json().get("detail").asText()).contains("at most 50 files");
    assertThat(stored(id)).isEqualTo(50);
    assertThat(complaint(id).get("attachments")).hasSize(50);
  }

  @Test
  void onlyThoseWhoMayReadTheComplaintSeeOrAddItsFiles() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String link = upload(attachments(id), "webchannel", "photo.png", EvidenceFiles.png()).json().get("link").asText();
    otherIntegration();

    assertThat(upload(attachments(id), "carla", "carla.png", EvidenceFiles.png()).json().get("source").asText())
        .isEqualTo("STAFF");
    for (String reader : List.of("carla", "sam", "quinn", "olga", "admin", "webchannel")) {
      assertThat(get(link, reader).status()).as(reader).isEqualTo(200);
      assertThat(get(attachments(id), reader).status()).as(reader).isEqualTo(200);
    }
    // ed (experts) and erin (executive office) do not hold a level-1 complaint, nor does another integration
    for (String stranger : List.of("ed", "erin", "dora", "otherchannel")) {
      assertThat(get(link, stranger).status()).as(stranger).isEqualTo(404);
      assertThat(upload(attachments(id), stranger, "x.png", EvidenceFiles.png()).status()).as(stranger).isEqualTo(404);
    }
    assertThat(upload(attachments(id), "olga", "x.png", EvidenceFiles.png()).status()).isEqualTo(403);
    assertThat(get(link, "anna").status()).isEqualTo(403);
    assertThat(get(link, null).status()).isEqualTo(401);
    assertThat(get(attachments(id) + "/999999999", "carla").status()).isEqualTo(404);
    String other = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(get(link.replace(id, other), "sam").status()).as("another complaint's file").isEqualTo(404);
    assertThat(stored(id)).isEqualTo(2);
  }

  @Test
  void theCustomerSendsFilesWithTheLinkOfTheirAcknowledgementUntilTheComplaintCloses() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String letter = jdbc.sql("SELECT body FROM outbox_message WHERE complaint_id = ? AND kind = 'ACKNOWLEDGEMENT'")
        .param(id).query(String.class).single();
    String token = letter.replaceAll("(?s).*upload\\.html#token=([A-Za-z0-9_-]{43}).*", "$1");
    assertThat(token).hasSize(43);
    assertThat(complaint(id).toString()).contains("[upload link sent]").doesNotContain(token);

    Response sent = upload("/api/uploads/" + token, null, "receipt.pdf", EvidenceFiles.pdf());

    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    assertThat(sent.json().has("link")).as("the customer cannot read files back").isFalse();
    assertThat(complaint(id).at("/attachments/0/source").asText()).isEqualTo("CUSTOMER");
    assertThat(upload("/api/uploads/" + token, null, "virus.exe", EvidenceFiles.exe()).status()).isEqualTo(415);
    assertThat(upload("/api/uploads/" + "A".repeat(43), null, "r.pdf", EvidenceFiles.png()).status()).isEqualTo(404);
    assertThat(upload("/api/uploads/short", null, "r.pdf", EvidenceFiles.png()).status()).isEqualTo(404);

    jdbc.sql("UPDATE complaint SET status = 'CLOSED' WHERE id = ?").param(id).update();
    Response closed = upload("/api/uploads/" + token, null, "late.png", EvidenceFiles.png());
    assertThat(closed.status()).isEqualTo(409);
    assertThat(stored(id)).isEqualTo(1);
  }

  @Test
  void theTaskFormListsTheFilesWithLinksThatOpenWithTheTasklistLogin() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String link = upload(attachments(id), "webchannel", "[click](javascript:alert(1)).png", EvidenceFiles.png())
        .json().get("link").asText();

    String markdown = formVariables(openTask(id).getId(), "carla").at("/attachmentsMarkdown/value").asText();

    assertThat(markdown).contains("](" + link + ")").contains("\\[click\\]\\(javascript\\_alert\\(1\\)\\).png")
        .contains("(/attachments.html#complaint=" + id + ")");

    WebappSession carla = WebappSession.login(port, "carla", "demo");
    assertThat(carla.http().get(link, null).status()).isEqualTo(200);
    assertThat(carla.http().get(attachments(id), null).json()).hasSize(1);
    Response withoutHeader = carla.http().multipart(attachments(id), null, "a.png", EvidenceFiles.png(),
        "image/png", Map.of());
    assertThat(withoutHeader.status()).as("an upload in a session needs X-Requested-By").isEqualTo(401);
    Response upload = carla.http().multipart(attachments(id), null, "a.png", EvidenceFiles.png(), "image/png",
        Map.of("X-Requested-By", "complaint-desk"));
    assertThat(upload.status()).as(upload.body()).isEqualTo(201);
    assertThat(upload.json().get("uploadedBy").asText()).isEqualTo("carla");

    WebappSession ed = WebappSession.login(port, "ed", "demo");
    assertThat(ed.http().get(link, null).status()).isEqualTo(404);
  }

  private byte[] send(java.net.http.HttpRequest request, boolean bytes) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(request,
          java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private void otherIntegration() {
    if (identityService.createUserQuery().userId("otherchannel").count() == 0) {
      User user = identityService.newUser("otherchannel");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership("otherchannel", "customer-channel");
    }
  }
}
