package com.clientbook.services.report;

import com.clientbook.domain.report.InvitationSender;
import com.clientbook.domain.report.InvitationWeek;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The invitations report: the 12 weeks from {@code firstWeek} (zeros included), the invitations sent in them per
 * sender, and the median time from sending to acceptance over all of those (null when none was accepted).
 */
public record InvitationReport(LocalDate firstWeek, List<InvitationWeek> weeks, List<InvitationSender> senders,
                               Duration medianToAccept) implements Serializable {

    public InvitationReport {
        weeks = List.copyOf(weeks);
        senders = List.copyOf(senders);
    }
}
