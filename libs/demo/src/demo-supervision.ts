// Two supervision groups in the demo Livsmod network: suicidal and self-harming behaviour (every
// third Tuesday, begun two months ago, with attendance for the sessions held) and anxiety (the
// second Thursday of each month, starting soon). Facilitators are invented and marked as demo.

import type { EntityManager } from 'typeorm';
import {
  ParticipantStatus,
  SupervisionGroup,
  SupervisionGroupStatus,
  SupervisionSession,
  copenhagenDate,
  expandSessions,
  instantOf,
  wallClockOf,
  type SessionSlot,
} from '#network';

const DAY = 24 * 60 * 60 * 1000;

export interface DemoSupervisionReport {
  groups: number;
  sessions: number;
  participants: number;
}

interface DemoGroup {
  name: string;
  focus: string;
  description: string;
  facilitatorName: string;
  facilitatorEmail: string;
  venue: string;
  recurrence: string;
  /** Weekday of the first session (0 = Sunday). */
  weekday: number;
  /** For "the second Thursday": the first session falls in that week of its month. */
  weekOfMonth?: number;
  /** Days from `now` to look for the first session from (negative: the group has begun). */
  startInDays: number;
  hour: number;
  minute: number;
  sessionMinutes: number;
  partyCap: number | null;
  sectorCaps: Record<string, number>;
}

const GROUPS: DemoGroup[] = [
  {
    name: 'Supervisionsgruppe: selvmordstruede og selvskadende adfærd',
    focus: 'Selvmordstruede og selvskadende adfærd',
    description:
      'Lukket gruppe for psykologer og andre fagpersoner fra netværkets kommuner og regionens enheder, der arbejder med børn, unge og voksne med selvmordstanker, selvmordsforsøg eller selvskade. Gruppen mødes hver tredje uge gennem et år; deltagelse kan tælle med i de 160 timers supervision til autorisation. (Demodata.)',
    facilitatorName: 'Mette Skovgaard (demo), autoriseret psykolog, specialist i psykoterapi',
    facilitatorEmail: 'mette.skovgaard.demo@example.org',
    venue: 'Demo: Rådhuset, mødelokale 3, Eksempelvej 1, 3000 Helsingør',
    recurrence: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;COUNT=17',
    weekday: 2,
    startInDays: -63,
    hour: 13,
    minute: 0,
    sessionMinutes: 180,
    partyCap: 3,
    sectorCaps: { CIVIL_SOCIETY: 2 },
  },
  {
    name: 'Supervisionsgruppe: angst',
    focus: 'Angst',
    description:
      'Parallel gruppe om børn og unge med angst: udredning, samtaleforløb og samarbejdet med skole og børne- og ungdomspsykiatri. Gruppen mødes den anden torsdag i måneden. (Demodata.)',
    facilitatorName: 'Jonas Kragh (demo), autoriseret psykolog',
    facilitatorEmail: 'jonas.kragh.demo@example.org',
    venue: 'Demo: Sundhedshuset, lokale 2, Eksempelvej 10, 3400 Hillerød',
    recurrence: 'FREQ=MONTHLY;BYDAY=2TH;COUNT=12',
    weekday: 4,
    weekOfMonth: 2,
    startInDays: 14,
    hour: 12,
    minute: 30,
    sessionMinutes: 150,
    partyCap: null,
    sectorCaps: {},
  },
];

/**
 * Creates the two demo supervision groups in `networkId` with their sessions through a year, July
 * left out as a holiday. `memberIds` are approved members of the network: the first group seats up
 * to six of them (with attendance at the sessions already held), the second up to four, and one
 * more has a pending application. Call inside the demo seeder's transaction, after the network.
 */
export async function seedDemoSupervision(
  manager: EntityManager,
  networkId: string,
  memberIds: string[],
  now: Date,
): Promise<DemoSupervisionReport> {
  const report: DemoSupervisionReport = { groups: 0, sessions: 0, participants: 0 };
  for (const [index, demo] of GROUPS.entries()) {
    const firstSessionAt = firstWeekday(new Date(now.getTime() + demo.startInDays * DAY), demo);
    const schedule = { recurrence: demo.recurrence, firstSessionAt, sessionMinutes: demo.sessionMinutes, exceptions: [] as string[] };
    schedule.exceptions = slotsOf(schedule)
      .map((slot) => copenhagenDate(slot.startsAt))
      .filter((day) => day.slice(5, 7) === '07');
    const slots = slotsOf(schedule);
    const group = await manager.save(
      manager.create(SupervisionGroup, {
        networkId,
        name: demo.name,
        focus: demo.focus,
        description: demo.description,
        facilitatorName: demo.facilitatorName,
        facilitatorEmail: demo.facilitatorEmail,
        minSeats: 6,
        maxSeats: 12,
        partyCap: demo.partyCap,
        sectorCapMap: demo.sectorCaps,
        recurrence: demo.recurrence,
        firstSessionAt,
        sessionMinutes: demo.sessionMinutes,
        exceptions: schedule.exceptions,
        venue: demo.venue,
        status: SupervisionGroupStatus.OPEN,
        isDemo: true,
      }),
    );
    const sessions = await manager.save(
      slots.map((slot) => manager.create(SupervisionSession, { groupId: group.id, ...slot, cancelled: false })),
    );
    report.groups += 1;
    report.sessions += sessions.length;

    const seated = rotate(memberIds, index * 3).slice(0, index === 0 ? 6 : 4);
    const pending = memberIds.find((id) => !seated.includes(id));
    const appliedAt = new Date(Math.min(now.getTime(), firstSessionAt.getTime()) - 21 * DAY);
    for (const [i, memberId] of [...seated, ...(pending ? [pending] : [])].entries()) {
      const isPending = memberId === pending;
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO supervision_participant (group_id, member_id, status, motivation, applied_at, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          group.id,
          memberId,
          isPending ? ParticipantStatus.PENDING : ParticipantStatus.APPROVED,
          isPending ? 'Jeg vil gerne have supervision på forløb med unge med angst. (Demo.)' : null,
          new Date(appliedAt.getTime() + i * 3_600_000),
          isPending ? null : new Date(appliedAt.getTime() + 7 * DAY),
        ],
      );
      report.participants += 1;
      if (isPending) continue;
      // Attendance at the sessions already held: now and then someone is away.
      for (const [j, session] of sessions.entries()) {
        if (session.endsAt > now) break;
        await manager.query(
          `INSERT INTO supervision_attendance (session_id, participant_id, attended, marked_at) VALUES ($1, $2, $3, $4)`,
          [session.id, row.id, (i + j) % 5 !== 4, session.endsAt],
        );
      }
    }
  }
  return report;
}

function slotsOf(schedule: Parameters<typeof expandSessions>[0]): SessionSlot[] {
  const expansion = expandSessions(schedule);
  if (!expansion.ok) throw new Error(`Demodata: ugyldig supervisionsplan (${schedule.recurrence}): ${expansion.message}`);
  return expansion.slots;
}

/** The first day on or after `from` that is the group's weekday (in the given week of its month), at its Copenhagen time. */
function firstWeekday(from: Date, demo: DemoGroup): Date {
  for (let d = 0; d < 62; d++) {
    const wall = wallClockOf(new Date(from.getTime() + d * DAY));
    const weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
    const week = Math.ceil(wall.day / 7);
    if (weekday === demo.weekday && (demo.weekOfMonth === undefined || week === demo.weekOfMonth)) {
      return instantOf({ year: wall.year, month: wall.month, day: wall.day, hour: demo.hour, minute: demo.minute, second: 0 });
    }
  }
  throw new Error(`Demodata: ingen dag til første møde i ${demo.name}`);
}

function rotate<T>(list: T[], by: number): T[] {
  if (!list.length) return list;
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
