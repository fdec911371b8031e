package com.clientbook.persistence.report;

import com.clientbook.domain.delivery.Weekdays;
import com.clientbook.domain.outbox.OutboxMessage;
import com.clientbook.domain.report.ActivityQuery;
import com.clientbook.domain.report.Attention;
import com.clientbook.domain.report.CustomerActivity;
import com.clientbook.domain.report.DayCount;
import com.clientbook.domain.report.InvitationSender;
import com.clientbook.domain.report.InvitationWeek;
import com.clientbook.domain.report.PlatformFigures;
import com.clientbook.domain.report.RankedItem;
import com.clientbook.domain.report.RouteDay;
import com.clientbook.domain.report.RouteWeekday;
import com.clientbook.domain.shared.Page;
import com.clientbook.persistence.shared.Repository;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of the vendor's dashboard and reports, and the platform admin's counts. Weeks start on Monday and days
 * end at midnight in the zone the caller gives (the vendor's). Cancelled orders are left out of every order count;
 * a customer's last order is the last it placed ({@code customer_relationship.last_order_at}, kept by V32's trigger).
 */
@Dependent
public class ReportRepository extends Repository {

    /** How long the top 10 lists of the dashboard are kept before the next view computes them again. */
    public static final Duration FIGURES_FRESH_FOR = Duration.ofMinutes(5);

    private static final String NOT_CANCELLED = " and o.status <> 'CANCELLED'";

    protected ReportRepository() {
    }

    public ReportRepository(EntityManager entityManager) {
        super(entityManager);
    }

    /**
     * The counts of "needs attention" that link to no filtered list: bans ending this week (the list shows all banned
     * customers) and imports of the last 30 days with errors (the import page lists them). The others are the counts
     * of the lists they link to ({@code CustomerRepository.count}, {@code InvitationRepository.count}) and are left 0.
     */
    public Attention attention(long vendorId, Instant now, LocalDate today, LocalDate endOfWeek) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select"
                        + " (select count(*) from customer_relationship r where r.vendor_id = ?1 and r.banned_at is not null"
                        + "   and r.banned_until >= ?2 and r.banned_until <= ?3),"
                        + " (select count(*) from customer_import m where m.vendor_id = ?1 and not m.dry_run"
                        + "   and m.error_count > 0 and m.created_at >= ?4)")
                .setParameter(1, vendorId)
                .setParameter(2, Date.valueOf(today))
                .setParameter(3, Date.valueOf(endOfWeek))
                .setParameter(4, Timestamp.from(now.minus(Duration.ofDays(30))))
                .getSingleResult();
        return new Attention(0, 0, number(row[0]), 0, 0, 0, 0, number(row[1]), 0);
    }

    /** The series of the dashboard's charts, as {@link #dashboardSeries} reads them. */
    public enum Series {
        /** Customers added per week. */
        ADDED,
        /** Invitations sent (last sent) per week. */
        SENT,
        /** Invitations accepted per week. */
        ACCEPTED,
        /** Orders placed per day, cancelled ones left out. */
        ORDERS
    }

    /**
     * The dashboard's charts in one statement: customers added, invitations sent and invitations accepted per week
     * from {@code firstWeek} (a Monday), orders placed per day from {@code firstDay}; each up to {@code now}, weeks and
     * days without any left out. Each part reads an index of V32 (or V8's for invitations sent).
     */
    public Map<Series, List<DayCount>> dashboardSeries(long vendorId, ZoneId zone, LocalDate firstWeek, LocalDate firstDay,
                                                      Instant now) {
        List<?> rows = entityManager.createNativeQuery(
                        "select 'ADDED', cast(date_trunc('week', r.created_at at time zone ?2) as date), count(*)"
                        + " from customer_relationship r where r.vendor_id = ?1 and r.created_at >= ?3 and r.created_at < ?5 group by 2"
                        + " union all select 'SENT', cast(date_trunc('week', i.sent_at at time zone ?2) as date), count(*)"
                        + " from invitation i where i.vendor_id = ?1 and i.sent_at >= ?3 and i.sent_at < ?5 group by 2"
                        + " union all select 'ACCEPTED', cast(date_trunc('week', i.accepted_at at time zone ?2) as date), count(*)"
                        + " from invitation i where i.vendor_id = ?1 and i.accepted_at >= ?3 and i.accepted_at < ?5 group by 2"
                        + " union all select 'ORDERS', cast(o.placed_at at time zone ?2 as date), count(*)"
                        + " from customer_order o where o.vendor_id = ?1 and o.placed_at >= ?4 and o.placed_at < ?5" + NOT_CANCELLED
                        + " group by 2")
                .setParameter(1, vendorId)
                .setParameter(2, zone.getId())
                .setParameter(3, Timestamp.from(firstWeek.atStartOfDay(zone).toInstant()))
                .setParameter(4, Timestamp.from(firstDay.atStartOfDay(zone).toInstant()))
                .setParameter(5, Timestamp.from(now))
                .getResultList();
        Map<Series, List<DayCount>> series = new EnumMap<>(Series.class);
        for (Series each : Series.values()) {
            series.put(each, new ArrayList<>());
        }
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            series.get(Series.valueOf((String) c[0])).add(new DayCount(((Date) c[1]).toLocalDate(), number(c[2])));
        }
        return series;
    }

    /**
     * The top 10 products (by orders, then quantity) and customers (by orders, then lines) of the last 30 days, as
     * kept for the vendor; computed again when older than {@link #FIGURES_FRESH_FOR}. Of two servers that find them
     * stale at once, the second waits for the first's row lock and then reads what it kept.
     */
    public Map<String, List<RankedItem>> topOfLast30Days(long vendorId, Instant now) {
        int claimed = entityManager.createNativeQuery("insert into dashboard_figures (vendor_id, computed_at) values (?1, ?2)"
                        + " on conflict (vendor_id) do update set computed_at = excluded.computed_at"
                        + " where dashboard_figures.computed_at <= ?3")
                .setParameter(1, vendorId)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(FIGURES_FRESH_FOR)))
                .executeUpdate();
        if (claimed > 0) {
            computeTop(vendorId, now);
        }
        List<?> rows = entityManager.createNativeQuery("select kind, position, item_id, label, orders, quantity"
                        + " from dashboard_top where vendor_id = ?1 order by kind, position")
                .setParameter(1, vendorId)
                .getResultList();
        Map<String, List<RankedItem>> top = new HashMap<>();
        top.put("PRODUCT", new ArrayList<>());
        top.put("CUSTOMER", new ArrayList<>());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            top.get((String) c[0]).add(new RankedItem(((Number) c[1]).intValue(), number(c[2]), (String) c[3], number(c[4]),
                    (BigDecimal) c[5]));
        }
        return top;
    }

    /** Forgets the vendor's kept top 10 lists, so the next dashboard view computes them (after a test's orders). */
    public void forgetTop(long vendorId) {
        entityManager.createNativeQuery("delete from dashboard_figures where vendor_id = ?1").setParameter(1, vendorId)
                .executeUpdate();
    }

    private void computeTop(long vendorId, Instant now) {
        entityManager.createNativeQuery("delete from dashboard_top where vendor_id = ?1").setParameter(1, vendorId)
                .executeUpdate();
        Timestamp since = Timestamp.from(now.minus(Duration.ofDays(30)));
        entityManager.createNativeQuery("insert into dashboard_top (vendor_id, kind, position, item_id, label, orders, quantity)"
                        + " select ?1, 'PRODUCT', row_number() over (order by t.orders desc, t.quantity desc, t.product_id),"
                        + "   t.product_id, left(p.name, 300), t.orders, t.quantity"
                        + " from (select l.product_id, count(distinct o.id) as orders, sum(l.quantity) as quantity"
                        + "   from customer_order o join order_line l on l.order_id = o.id"
                        + "   where o.vendor_id = ?1 and o.placed_at >= ?2 and o.placed_at < ?3" + NOT_CANCELLED
                        + "   group by l.product_id order by orders desc, quantity desc, l.product_id limit 10) t"
                        + " join product p on p.id = t.product_id")
                .setParameter(1, vendorId)
                .setParameter(2, since)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        entityManager.createNativeQuery("insert into dashboard_top (vendor_id, kind, position, item_id, label, orders, quantity)"
                        + " select ?1, 'CUSTOMER', row_number() over (order by t.orders desc, t.lines desc, r.id),"
                        + "   r.id, left(c.name, 300), t.orders, t.lines"
                        + " from (select o.customer_id, count(*) as orders,"
                        + "   sum((select count(*) from order_line l where l.order_id = o.id)) as lines"
                        + "   from customer_order o where o.vendor_id = ?1 and o.placed_at >= ?2 and o.placed_at < ?3" + NOT_CANCELLED
                        + "   group by o.customer_id order by orders desc, lines desc, o.customer_id limit 10) t"
                        + " join customer_relationship r on r.vendor_id = ?1 and r.customer_id = t.customer_id"
                        + " join company c on c.id = t.customer_id")
                .setParameter(1, vendorId)
                .setParameter(2, since)
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    /** How many of the vendor's customers the activity query lists. */
    public long countActivity(long vendorId, ActivityQuery query, Instant now) {
        Query count = entityManager.createNativeQuery("select count(*) from customer_relationship r where r.vendor_id = ?1"
                + quiet(query)).setParameter(1, vendorId);
        if (query.quietDays() != null) {
            count.setParameter(2, Timestamp.from(now.minus(Duration.ofDays(query.quietDays()))));
        }
        return number(count.getSingleResult());
    }

    /**
     * One page of the customer activity report: the page's customers from the last-order index (V32), then their
     * orders and lines of the last 90 days, for those customers only.
     */
    public Page<CustomerActivity> activity(long vendorId, ActivityQuery query, Instant now) {
        long total = countActivity(vendorId, query, now);
        // the page's relationships first, in the order of an index of V32, then their companies: joining first made
        // PostgreSQL join all of a large vendor's customers before it sorted
        String order = " order by r.last_order_at " + (query.recentFirst() ? "desc" : "asc") + " nulls last, r.id";
        Query select = entityManager.createNativeQuery("select r.id, c.name, r.customer_number, r.last_order_at from"
                        + " (select r.id, r.customer_id, r.customer_number, r.last_order_at from customer_relationship r"
                        + "  where r.vendor_id = ?1" + quiet(query) + order
                        + "  limit " + query.size() + " offset " + ((long) query.page() * query.size()) + ") r"
                        + " join company c on c.id = r.customer_id" + order)
                .setParameter(1, vendorId);
        if (query.quietDays() != null) {
            select.setParameter(2, Timestamp.from(now.minus(Duration.ofDays(query.quietDays()))));
        }
        List<?> rows = select.getResultList();
        if (rows.isEmpty()) {
            return new Page<>(List.of(), query.page(), query.size(), total);
        }
        Map<Long, long[]> counts = activityCounts(vendorId, rows.stream().map(r -> number(((Object[]) r)[0])).toList(), now);
        List<CustomerActivity> page = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long id = number(c[0]);
            long[] n = counts.getOrDefault(id, new long[4]);
            page.add(new CustomerActivity(id, (String) c[1], (String) c[2], instant(c[3]), n[0], n[1], n[2], n[3]));
        }
        return new Page<>(page, query.page(), query.size(), total);
    }

    private static String quiet(ActivityQuery query) {
        return query.quietDays() == null ? "" : " and r.last_order_at < ?2";
    }

    private Map<Long, long[]> activityCounts(long vendorId, List<Long> relationshipIds, Instant now) {
        // the ids are numbers, never text, so writing them into the statement is safe; a page holds at most 200
        String in = relationshipIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> rows = entityManager.createNativeQuery("select r.id,"
                        + " count(o.id) filter (where o.placed_at >= ?2),"
                        + " coalesce(sum(o.lines) filter (where o.placed_at >= ?2), 0),"
                        + " count(o.id), coalesce(sum(o.lines), 0)"
                        + " from customer_relationship r"
                        + " join lateral (select o.id, o.placed_at, (select count(*) from order_line l where l.order_id = o.id) as lines"
                        + "   from customer_order o where o.vendor_id = r.vendor_id and o.customer_id = r.customer_id"
                        + "   and o.placed_at >= ?3 and o.placed_at < ?4" + NOT_CANCELLED + ") o on true"
                        + " where r.vendor_id = ?1 and r.id in (" + in + ") group by r.id")
                .setParameter(1, vendorId)
                .setParameter(2, Timestamp.from(now.minus(Duration.ofDays(30))))
                .setParameter(3, Timestamp.from(now.minus(Duration.ofDays(90))))
                .setParameter(4, Timestamp.from(now))
                .getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            counts.put(number(c[0]), new long[]{number(c[1]), number(c[2]), number(c[3]), number(c[4])});
        }
        return counts;
    }

    /**
     * The vendor's invitations per week from {@code firstWeek}: sent (last sent), accepted, expired and revoked in
     * that week. Weeks without any are left out.
     */
    public List<InvitationWeek> invitationWeeks(long vendorId, ZoneId zone, LocalDate firstWeek, Instant now) {
        List<?> rows = entityManager.createNativeQuery("select week, sum(sent), sum(accepted), sum(expired), sum(revoked) from ("
                        + " select cast(date_trunc('week', i.sent_at at time zone ?2) as date) as week, 1 as sent, 0 as accepted, 0 as expired, 0 as revoked"
                        + "   from invitation i where i.vendor_id = ?1 and i.sent_at >= ?3 and i.sent_at < ?4"
                        + " union all select cast(date_trunc('week', i.accepted_at at time zone ?2) as date), 0, 1, 0, 0"
                        + "   from invitation i where i.vendor_id = ?1 and i.accepted_at >= ?3 and i.accepted_at < ?4"
                        + " union all select cast(date_trunc('week', i.expires_at at time zone ?2) as date), 0, 0, 1, 0"
                        + "   from invitation i where i.vendor_id = ?1 and i.accepted_at is null and i.revoked_at is null"
                        + "   and i.expires_at >= ?3 and i.expires_at < ?4"
                        + " union all select cast(date_trunc('week', i.revoked_at at time zone ?2) as date), 0, 0, 0, 1"
                        + "   from invitation i where i.vendor_id = ?1 and i.revoked_at >= ?3 and i.revoked_at < ?4"
                        + ") e group by week order by week")
                .setParameter(1, vendorId)
                .setParameter(2, zone.getId())
                .setParameter(3, Timestamp.from(firstWeek.atStartOfDay(zone).toInstant()))
                .setParameter(4, Timestamp.from(now))
                .getResultList();
        List<InvitationWeek> weeks = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            weeks.add(new InvitationWeek(((Date) c[0]).toLocalDate(), number(c[1]), number(c[2]), number(c[3]), number(c[4])));
        }
        return weeks;
    }

    /**
     * The invitations the vendor sent (last sent) from {@code since}, per sender, by where each stands at {@code now},
     * with the median time from sending to acceptance; senders by how many they sent.
     */
    public List<InvitationSender> invitationSenders(long vendorId, Instant since, Instant now) {
        List<?> rows = entityManager.createNativeQuery("select i.sent_by, count(*),"
                        + " count(*) filter (where i.revoked_at is null and i.accepted_at is not null),"
                        + " count(*) filter (where i.revoked_at is null and i.accepted_at is null and i.expires_at <= ?3),"
                        + " count(*) filter (where i.revoked_at is not null),"
                        + " count(*) filter (where i.revoked_at is null and i.accepted_at is null and i.expires_at > ?3),"
                        + " percentile_cont(0.5) within group (order by extract(epoch from i.accepted_at - i.sent_at))"
                        + "   filter (where i.revoked_at is null and i.accepted_at is not null)"
                        + " from invitation i where i.vendor_id = ?1 and i.sent_at >= ?2 and i.sent_at < ?3"
                        + " group by i.sent_by order by count(*) desc, i.sent_by")
                .setParameter(1, vendorId)
                .setParameter(2, Timestamp.from(since))
                .setParameter(3, Timestamp.from(now))
                .getResultList();
        List<InvitationSender> senders = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            Duration median = c[6] == null ? null : Duration.ofSeconds(Math.round(((Number) c[6]).doubleValue()));
            senders.add(new InvitationSender((String) c[0], number(c[1]), number(c[2]), number(c[3]), number(c[4]),
                    number(c[5]), median));
        }
        return senders;
    }

    /** The median time from sending to acceptance of the invitations sent from {@code since}; null when none. */
    public Duration medianTimeToAccept(long vendorId, Instant since, Instant now) {
        Object median = entityManager.createNativeQuery("select percentile_cont(0.5) within group"
                        + " (order by extract(epoch from i.accepted_at - i.sent_at)) from invitation i"
                        + " where i.vendor_id = ?1 and i.sent_at >= ?2 and i.sent_at < ?3 and i.revoked_at is null"
                        + " and i.accepted_at is not null")
                .setParameter(1, vendorId)
                .setParameter(2, Timestamp.from(since))
                .setParameter(3, Timestamp.from(now))
                .getSingleResult();
        return median == null ? null : Duration.ofSeconds(Math.round(((Number) median).doubleValue()));
    }

    /**
     * The vendor's active routes, each delivery weekday with the route's stops and the customers (of the vendor) whose
     * delivery locations they are; by route code, then weekday.
     */
    public List<RouteWeekday> routeWeekdays(long vendorId) {
        List<?> rows = entityManager.createNativeQuery("select rt.id, rt.code, rt.name, rt.delivery_weekdays,"
                        + " count(s.delivery_location_id),"
                        + " count(distinct l.company_id) filter (where exists (select 1 from customer_relationship r"
                        + "   where r.vendor_id = rt.vendor_id and r.customer_id = l.company_id))"
                        + " from route rt left join route_stop s on s.route_id = rt.id"
                        + " left join delivery_location l on l.id = s.delivery_location_id"
                        + " where rt.vendor_id = ?1 and rt.archived_at is null and rt.active"
                        + " group by rt.id, rt.code, rt.name, rt.delivery_weekdays order by lower(rt.code), rt.id")
                .setParameter(1, vendorId)
                .getResultList();
        List<RouteWeekday> weekdays = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            int bits = ((Number) c[3]).intValue();
            for (DayOfWeek day : DayOfWeek.values()) {
                if ((bits & Weekdays.bit(day)) != 0) {
                    weekdays.add(new RouteWeekday(number(c[0]), (String) c[1], (String) c[2], day, number(c[4]), number(c[5])));
                }
            }
        }
        return weekdays;
    }

    /** The vendor's orders per route (as each order carries it) and delivery day, from {@code from} to {@code to}. */
    public List<RouteDay> ordersPerRouteAndDay(long vendorId, LocalDate from, LocalDate to) {
        List<?> rows = entityManager.createNativeQuery("select o.route_id, o.route_code, o.route_name, o.delivery_day, count(*)"
                        + " from customer_order o where o.vendor_id = ?1 and o.order_number is not null"
                        + " and o.delivery_day between ?2 and ?3" + NOT_CANCELLED
                        + " group by o.route_id, o.route_code, o.route_name, o.delivery_day"
                        + " order by o.delivery_day, lower(o.route_code) nulls last")
                .setParameter(1, vendorId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .getResultList();
        List<RouteDay> days = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            days.add(new RouteDay(c[0] == null ? null : number(c[0]), (String) c[1], (String) c[2],
                    ((Date) c[3]).toLocalDate(), number(c[4])));
        }
        return days;
    }

    /** Counts one successful sign-in in the week (a Monday, UTC) it happened. */
    public void countSignIn(LocalDate week) {
        entityManager.createNativeQuery("insert into sign_in_week (week, sign_ins) values (?1, 1)"
                        + " on conflict (week) do update set sign_ins = sign_in_week.sign_ins + 1")
                .setParameter(1, Date.valueOf(week))
                .executeUpdate();
    }

    /** The platform's counts; sign-ins per week from {@code firstWeek} (a Monday). */
    public PlatformFigures platform(LocalDate firstWeek) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select"
                        + " (select count(*) from company c where c.kind = 'VENDOR' and not c.platform_operator),"
                        + " (select count(*) from company c where c.kind = 'VENDOR' and not c.platform_operator and c.suspended_at is not null),"
                        + " (select count(*) from company c where c.kind = 'CUSTOMER'),"
                        + " (select count(*) from customer_relationship),"
                        + " (select count(*) from outbox_message m where m.sent_at is null and m.attempts = 0),"
                        + " (select count(*) from outbox_message m where m.sent_at is null and m.attempts > 0 and m.attempts < ?1),"
                        + " (select count(*) from outbox_message m where m.sent_at is null and m.attempts >= ?1)")
                .setParameter(1, OutboxMessage.MAX_ATTEMPTS)
                .getSingleResult();
        List<?> weeks = entityManager.createNativeQuery("select week, sign_ins from sign_in_week where week >= ?1 order by week")
                .setParameter(1, Date.valueOf(firstWeek))
                .getResultList();
        Map<LocalDate, Long> signIns = new LinkedHashMap<>();
        for (Object week : weeks) {
            Object[] c = (Object[]) week;
            signIns.put(((Date) c[0]).toLocalDate(), number(c[1]));
        }
        List<DayCount> perWeek = new ArrayList<>();
        for (LocalDate week = firstWeek; perWeek.size() < 12; week = week.plusWeeks(1)) {
            perWeek.add(new DayCount(week, signIns.getOrDefault(week, 0L)));
        }
        return new PlatformFigures(number(row[0]), number(row[1]), number(row[2]), number(row[3]), perWeek,
                number(row[4]), number(row[5]), number(row[6]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
