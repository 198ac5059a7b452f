package org.tandem.customer.session;

import org.tandem.customer.action.ActionConsent;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.ActionListener;
import org.tandem.shared.log.SessionJournal;

/** Makes the action engine of one session, once it has its log and its way to the technician. */
@FunctionalInterface
public interface ActionEngines {
    ActionEngine create(SessionJournal journal, ActionConsent consent, ActionListener listener);
}
