package com.complaintdesk.complaint;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * A failure whose message already says in plain words what failed: it becomes the incident message ops
 * read in Cockpit as is (see {@code config.PlainIncidentMessages}).
 */
public interface PlainFailure {

  /** What went wrong, in words ops understand: "timed out", "could not be reached", ... */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof TimeoutException || t instanceof QueryTimeoutException
          || t instanceof SQLTimeoutException) {
        return "timed out";
      }
      if (t instanceof ConnectException || t instanceof UnknownHostException
          || t instanceof TransientDataAccessResourceException) {
        return "could not be reached";
      }
    }
    if (failure instanceof DataAccessException) {
      return "failed in the database";
    }
    return "failed (" + failure.getClass().getSimpleName() + ")";
  }
}
