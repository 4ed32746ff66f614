import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Network1764700000000 implements MigrationInterface {
  name = 'Network1764700000000';

  async up(db: QueryRunner): Promise<void> {
    // A volunteer organisation's local branches point to the national organisation.
    await db.query(`ALTER TABLE organisation ADD COLUMN parent_organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL`);
    await db.query(`CREATE INDEX organisation_parent_idx ON organisation (parent_organisation_id)`);

    await db.query(`CREATE TABLE network (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL, description text, contact_email text,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE UNIQUE INDEX network_name_idx ON network (lower(name))`);
    await db.query(
      `ALTER TABLE role_grant ADD CONSTRAINT role_grant_network_fk FOREIGN KEY (network_id) REFERENCES network(id) ON DELETE CASCADE`,
    );

    // A party is a municipality, a regional unit or a volunteer organisation taking part in a network.
    await db.query(`CREATE TABLE network_party (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('MUNICIPALITY','REGIONAL_UNIT','VOLUNTEER_ORGANISATION')),
      organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
      unit_id uuid REFERENCES unit(id) ON DELETE RESTRICT,
      joined_on date NOT NULL DEFAULT current_date,
      created_at timestamptz NOT NULL DEFAULT now())`);
    const none = `'00000000-0000-0000-0000-000000000000'::uuid`;
    await db.query(
      `CREATE UNIQUE INDEX network_party_unique_idx ON network_party (network_id, organisation_id, coalesce(unit_id, ${none}))`,
    );

    // Professionals and volunteer key persons; a key person of their party approves them.
    await db.query(`CREATE TABLE network_member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
      party_id uuid NOT NULL REFERENCES network_party(id) ON DELETE CASCADE,
      account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('PROFESSIONAL','VOLUNTEER')),
      status text NOT NULL CHECK (status IN ('PENDING','APPROVED','REJECTED','LEFT')),
      is_key_person boolean NOT NULL DEFAULT false,
      in_steering_group boolean NOT NULL DEFAULT false,
      job_title text, motivation text,
      applied_at timestamptz NOT NULL DEFAULT now(), decided_at timestamptz, decided_by uuid,
      UNIQUE (network_id, account_id))`);
    await db.query(`CREATE INDEX network_member_party_idx ON network_member (party_id, status)`);
    await db.query(`CREATE INDEX network_member_account_idx ON network_member (account_id)`);

    await db.query(`CREATE TABLE theme_day (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
      host_organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
      kind text NOT NULL CHECK (kind IN ('THEME_DAY','JOINT_CASE_DISCUSSION')),
      title text NOT NULL, topic text NOT NULL, description text,
      situations text[] NOT NULL DEFAULT '{}',
      programme jsonb NOT NULL DEFAULT '[]',
      venue text, online_url text,
      starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      capacity integer NOT NULL CHECK (capacity > 0),
      registration_opens_at timestamptz, registration_closes_at timestamptz,
      audience text[] NOT NULL DEFAULT '{}',
      visibility text NOT NULL CHECK (visibility IN ('PUBLIC','MEMBERS')),
      status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED','CANCELLED')),
      cancellation_reason text,
      sequence integer NOT NULL DEFAULT 0,
      attendees_erased_at timestamptz,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX theme_day_network_idx ON theme_day (network_id, starts_at)`);
    await db.query(`CREATE INDEX theme_day_host_idx ON theme_day (host_organisation_id, starts_at)`);

    // seq orders registrations as they were taken under the theme day's row lock: the waitlist order.
    await db.query(`CREATE TABLE theme_day_registration (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigint GENERATED ALWAYS AS IDENTITY,
      theme_day_id uuid NOT NULL REFERENCES theme_day(id) ON DELETE CASCADE,
      account_id uuid REFERENCES account(id) ON DELETE SET NULL,
      name text, email text, workplace text,
      status text NOT NULL CHECK (status IN ('CONFIRMED','WAITLISTED','CANCELLED')),
      cancel_token_hash text UNIQUE,
      registered_at timestamptz NOT NULL DEFAULT now(),
      promoted_at timestamptz, cancelled_at timestamptz, reminder_sent_at timestamptz,
      attended boolean, erased_at timestamptz)`);
    await db.query(`CREATE INDEX theme_day_registration_day_idx ON theme_day_registration (theme_day_id, status, seq)`);
    await db.query(`CREATE UNIQUE INDEX theme_day_registration_email_idx ON theme_day_registration (theme_day_id, email)
      WHERE status <> 'CANCELLED' AND email IS NOT NULL`);

    await db.query(`CREATE TABLE supervision_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
      name text NOT NULL, focus text NOT NULL, description text,
      facilitator_name text NOT NULL, facilitator_email text,
      min_seats integer NOT NULL DEFAULT 6, max_seats integer NOT NULL DEFAULT 12,
      party_cap integer, sector_caps jsonb NOT NULL DEFAULT '{}',
      recurrence text NOT NULL, first_session_at timestamptz NOT NULL,
      session_minutes integer NOT NULL CHECK (session_minutes > 0),
      exceptions date[] NOT NULL DEFAULT '{}',
      venue text,
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (min_seats >= 1 AND max_seats >= min_seats))`);
    await db.query(`CREATE TABLE supervision_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      group_id uuid NOT NULL REFERENCES supervision_group(id) ON DELETE CASCADE,
      starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      cancelled boolean NOT NULL DEFAULT false, reminder_sent_at timestamptz,
      UNIQUE (group_id, starts_at))`);
    await db.query(`CREATE TABLE supervision_participant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigint GENERATED ALWAYS AS IDENTITY,
      group_id uuid NOT NULL REFERENCES supervision_group(id) ON DELETE CASCADE,
      member_id uuid NOT NULL REFERENCES network_member(id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('PENDING','APPROVED','WAITLISTED','REJECTED','WITHDRAWN')),
      motivation text,
      applied_at timestamptz NOT NULL DEFAULT now(), decided_at timestamptz,
      UNIQUE (group_id, member_id))`);
    await db.query(`CREATE TABLE supervision_attendance (
      session_id uuid NOT NULL REFERENCES supervision_session(id) ON DELETE CASCADE,
      participant_id uuid NOT NULL REFERENCES supervision_participant(id) ON DELETE CASCADE,
      attended boolean NOT NULL,
      marked_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (session_id, participant_id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'supervision_attendance',
      'supervision_participant',
      'supervision_session',
      'supervision_group',
      'theme_day_registration',
      'theme_day',
      'network_member',
      'network_party',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE role_grant DROP CONSTRAINT role_grant_network_fk`);
    await db.query(`DROP TABLE network`);
    await db.query(`ALTER TABLE organisation DROP COLUMN parent_organisation_id`);
  }
}
