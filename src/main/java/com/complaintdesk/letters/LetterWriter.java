package com.complaintdesk.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from its template, {@code letters/<language>/<message>.html}: the template's {@code subject}
 * and {@code message} fragments, framed by the language's {@code layout.html} (greeting, reference, signature and the
 * company's name). Everything a template prints with {@code th:text} is escaped: the customer's and the agents' own
 * words are never markup.
 */
@Component
public class LetterWriter {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final Map<Locale, Properties> formats = new ConcurrentHashMap<>();
  private final LetterProperties properties;
  private final ZoneId zone;

  public LetterWriter(LetterProperties properties, @Value("${complaints.business-hours.zone:Europe/Berlin}") ZoneId zone) {
    this.properties = properties;
    this.zone = zone;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("letters/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
    engine.setEnableSpringELCompiler(true);
  }

  /**
   * @param message the template's name, e.g. {@code acknowledgement}
   * @param model what the template prints; {@code name} (null for a customer without one) and {@code reference}
   *     also feed the layout's greeting and reference line
   */
  public Letter write(String message, Locale language, Signature signature, Map<String, ?> model) {
    Context context = new Context(language);
    context.setVariables(new java.util.HashMap<>(model));
    context.setVariable("fmt", format(language));
    context.setVariable("company", properties.companyName());
    context.setVariable("signature", signature.name());
    String template = language.getLanguage() + "/" + message;
    String subject = Jsoup.parse(engine.process(template, Set.of("subject"), context)).text();
    context.setVariable("subject", subject);
    context.setVariable("body", engine.process(template, Set.of("message"), context));
    String html = engine.process(language.getLanguage() + "/layout", context);
    return new Letter(subject, html, PlainText.of(html));
  }

  public LetterFormat format(Locale language) {
    return new LetterFormat(language, zone, formats.computeIfAbsent(language, this::loadFormats));
  }

  private Properties loadFormats(Locale language) {
    String path = "letters/" + language.getLanguage() + "/formats.properties";
    try (InputStream in = LetterWriter.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No " + path + " for the letters in " + language.getDisplayLanguage());
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
