package com.complaintdesk.intake;

import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.Channel;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintSearchIndex;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.complaint.ProcessVariables;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import com.complaintdesk.letters.Languages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a complaint's process and stores the complaint in one transaction: both happen or neither does. The
 * process gets only the complaint's id; everything else stays in the complaint record. With an
 * Idempotency-Key, a retry by the same user returns the first complaint; the database's unique key
 * settles concurrent retries.
 */
@Service
public class IntakeService {
  /** the complaint whose process {@link #submit} is starting on this thread */
  private static final ThreadLocal<String> STARTING = new ThreadLocal<>();

  private final ComplaintRepository complaints;
  private final ComplaintSearchIndex searchIndex;
  private final RuntimeService runtimeService;
  private final ComplaintIdGenerator ids;
  private final RequestFingerprint fingerprint;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Languages languages;

  public IntakeService(ComplaintRepository complaints, ComplaintSearchIndex searchIndex, RuntimeService runtimeService,
      ComplaintIdGenerator ids, RequestFingerprint fingerprint, TransactionTemplate transaction,
      ApplicationEventPublisher events, Languages languages) {
    this.languages = languages;
    this.events = events;
    this.complaints = complaints;
    this.searchIndex = searchIndex;
    this.runtimeService = runtimeService;
    this.ids = ids;
    this.fingerprint = fingerprint;
    this.transaction = transaction;
  }

  /**
   * {@code acceptLanguage}: the client's {@code Accept-Language}, used when the request names no language; the
   * fingerprint of a retried request is its body's alone.
   */
  public IntakeResult submit(ComplaintRequest raw, String acceptLanguage, String idempotencyKey, String user) {
    ComplaintRequest normalised = raw.normalised();
    String hash = fingerprint.of(normalised);
    ComplaintRequest request = normalised.inLanguage(language(normalised.language(), acceptLanguage));
    if (idempotencyKey != null) {
      Optional<IntakeResult> earlier = replay(user, idempotencyKey, hash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    try {
      return new IntakeResult(transaction.execute(status -> register(request, idempotencyKey, hash, user)), false);
    } catch (DuplicateKeyException raceLost) {
      // a concurrent request of the same user with the same key committed first
      return replay(user, idempotencyKey, hash).orElseThrow(() -> raceLost);
    }
  }

  private Optional<IntakeResult> replay(String user, String idempotencyKey, String hash) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return complaints.findByIdempotencyKey(user, idempotencyKey).map(existing -> {
      if (!existing.requestHash().equals(hash)) {
        throw new IdempotencyConflictException(idempotencyKey, existing.id());
      }
      return new IntakeResult(existing, true);
    });
  }

  private Complaint register(ComplaintRequest r, String idempotencyKey, String hash, String user) {
    String id = ids.next();
    ProcessInstance instance;
    STARTING.set(id);
    try {
      instance = runtimeService.startProcessInstanceByKey(EngineKeys.RESOLUTION_PROCESS, id,
          Map.of(ProcessVariables.COMPLAINT_ID, id));
    } finally {
      STARTING.remove();
    }
    // the record goes in after the start, with its process instance, in the same transaction: one write, not two;
    // its first step is asynchronous, so nothing reads the record before this transaction commits
    Complaint complaint = newComplaint(id, r, idempotencyKey, hash, user, instance.getId());
    store(complaint);
    return complaint;
  }

  private void store(Complaint complaint) {
    complaints.insert(complaint);
    searchIndex.index(complaint.id(), complaint.description());
    events.publishEvent(new ComplaintReceived(complaint.id(), complaint.channel(), complaint.category()));
  }

  /** For a process started by Tasklist's start form: stores the record in the engine's transaction. */
  public String registerStarted(ComplaintRequest r, String acceptLanguage, String processInstanceId, String user,
      Optional<String> reserved) {
    String id = reserved.orElseGet(ids::next);
    store(newComplaint(id, r.inLanguage(language(r.language(), acceptLanguage)), null, fingerprint.of(r), user,
        processInstanceId));
    return id;
  }

  /** The stated language if the desk writes it, else the client's preference; null leaves it to the customer record. */
  private String language(String stated, String acceptLanguage) {
    return (stated != null ? languages.supported(stated) : languages.fromAcceptLanguage(acceptLanguage))
        .map(java.util.Locale::getLanguage).orElse(null);
  }

  /**
   * Whether this start is {@link #submit}'s own, on this thread, for this complaint: its record is stored
   * already. Any other start (a start form) registers a new complaint whatever business key it came with.
   */
  public boolean isStartedByIntake(String businessKey) {
    return businessKey != null && businessKey.equals(STARTING.get());
  }

  private static Complaint newComplaint(String id, ComplaintRequest r, String idempotencyKey, String hash,
      String user, String processInstanceId) {
    return new Complaint(id, processInstanceId, r.customerId(), r.customerName(), r.customerEmail(), r.orderId(),
        r.productSku(), Category.valueOf(r.category()), Channel.valueOf(r.channel()), Severity.valueOf(r.severity()),
        r.regulatory(), r.description(),
        ComplaintStatus.RECEIVED, null, null, null, null, idempotencyKey, hash, user, EngineClock.instant(), null, null,
        null, null, null, r.language(), r.customerPhone());
  }
}
