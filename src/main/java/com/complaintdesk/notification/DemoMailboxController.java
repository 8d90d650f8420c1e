package com.complaintdesk.notification;

import com.complaintdesk.complaint.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo's mailbox: what the desk sent to customers and staff, as they read it, links included (the survey link
 * too, which staff never see in a complaint's communications). Only in the {@code demo} profile, for {@code admin};
 * a production desk's mail goes to real mailboxes and this class does not exist there.
 */
@RestController
@Profile("demo")
@Hidden // not part of the API integrators rely on: it does not exist in prod
class DemoMailboxController {

  static final int SHOWN = 200;
  /** a letter is shown as a document of its own that may run no script, load nothing and submit nothing */
  private static final String LETTER_POLICY = "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation; default-src 'none'; style-src 'unsafe-inline'";

  private final OutboxRepository outbox;

  DemoMailboxController(OutboxRepository outbox) {
    this.outbox = outbox;
  }

  @GetMapping(path = "/api/demo/mail", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> mailbox() {
    Document page = Document.createShell("");
    page.title("Demo mailbox");
    page.head().appendElement("style").text("body{font-family:sans-serif;margin:2em}td,th{padding:4px 8px;"
        + "text-align:left;border-bottom:1px solid #ddd}");
    Element body = page.body();
    body.appendElement("h1").text("Demo mailbox");
    body.appendElement("p").text("The latest " + SHOWN + " messages the desk wrote, newest first, as the recipient"
        + " reads them. Demo profile only.");
    Element table = body.appendElement("table");
    table.appendElement("tr").appendElement("th").text("Written").parent().appendElement("th").text("To").parent()
        .appendElement("th").text("Subject").parent().appendElement("th").text("Kind").parent()
        .appendElement("th").text("Status");
    for (OutboxRepository.Stored m : outbox.latest(SHOWN)) {
      Element row = table.appendElement("tr");
      row.appendElement("td").text(m.createdAt().toString());
      row.appendElement("td").text(m.message().recipient());
      row.appendElement("td").appendElement("a").attr("href", "/api/demo/mail/" + m.id()).text(m.message().subject());
      row.appendElement("td").text(String.valueOf(m.message().kind()));
      row.appendElement("td").text(m.status());
    }
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(page.outerHtml());
  }

  @GetMapping(path = "/api/demo/mail/{id}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> letter(@PathVariable long id) {
    OutboxRepository.Stored m = outbox.find(id).orElseThrow(() -> new NotFoundException("No such message",
        "The outbox holds no message " + id));
    String html = m.message().html();
    if (html == null) {
      Document plain = Document.createShell("");
      plain.body().appendElement("pre").text(m.message().body());
      html = plain.outerHtml();
    }
    return ResponseEntity.ok().header("Content-Security-Policy", LETTER_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(html);
  }
}
