package com.complaintdesk.letters;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The languages letters exist in. An unsupported or malformed wish is never an error: it is simply not met. */
@Component
public class Languages {

  private final List<Locale> supported;
  private final Locale fallback;

  public Languages(LetterProperties properties) {
    this.supported = properties.languages();
    this.fallback = properties.defaultLanguage();
  }

  /** The supported language a tag ("de", "de-AT", "DE") asks for, if any. */
  public Optional<Locale> supported(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return supported.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }

  /** The best supported language of an {@code Accept-Language} header, if any. */
  public Optional<Locale> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), supported))
          .flatMap(l -> supported(l.getLanguage()));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** A stored language tag, or the default. */
  public Locale orDefault(String tag) {
    return supported(tag).orElse(fallback);
  }

  public Locale fallback() {
    return fallback;
  }

  public List<Locale> all() {
    return supported;
  }
}
