"""The store's schema, as an ordered tuple of migrations.

`PRAGMA user_version` holds the number of migrations applied; `migrations.migrate` applies the
rest in one transaction. A new schema change is a new entry at the end, never an edit.
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, their sentences, actors and mentions, events and their reports
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        title TEXT,
        text TEXT NOT NULL,
        published TEXT,
        published_estimated INTEGER NOT NULL DEFAULT 0,
        url TEXT,
        source TEXT,
        path TEXT,
        duplicate_of INTEGER REFERENCES articles(id),
        similarity REAL,
        minhash BLOB,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX articles_article_id ON articles(article_id);

    CREATE TABLE sentences (
        article INTEGER NOT NULL REFERENCES articles(id),
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (article, idx)
    );

    CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        code TEXT,
        country TEXT,
        sector TEXT,
        name TEXT,
        UNIQUE (code, country, sector, name)
    );

    CREATE TABLE actor_mentions (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id),
        sentence INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor INTEGER REFERENCES actors(id)
    );
    CREATE INDEX actor_mentions_actor ON actor_mentions(actor);

    CREATE TABLE timexes (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id),
        sentence INTEGER,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT,
        rule TEXT
    );

    CREATE TABLE places (
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id),
        sentence INTEGER,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        name TEXT,
        country TEXT,
        lat REAL,
        lon REAL,
        geonameid INTEGER,
        precision TEXT,
        confidence REAL,
        metonym INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        event_type TEXT NOT NULL,
        mode TEXT,
        context TEXT NOT NULL DEFAULT '[]',
        actor INTEGER NOT NULL REFERENCES actors(id),
        recipient INTEGER REFERENCES actors(id),
        date TEXT,
        date_timex TEXT,
        date_source TEXT,
        cameo TEXT,
        intensity REAL,
        quad_code INTEGER,
        confidence REAL,
        aux TEXT,
        asserted INTEGER NOT NULL,
        location_name TEXT,
        location_country TEXT,
        lat REAL,
        lon REAL,
        geonameid INTEGER,
        location_precision TEXT,
        location_text TEXT,
        location_article INTEGER,
        location_start INTEGER,
        location_end INTEGER,
        reports INTEGER NOT NULL DEFAULT 1,
        sources INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX events_type ON events(event_type);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_point ON events(lat, lon);

    CREATE TABLE event_mentions (
        id INTEGER PRIMARY KEY,
        event INTEGER NOT NULL REFERENCES events(id),
        article INTEGER NOT NULL REFERENCES articles(id),
        sentence INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        trigger TEXT NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        actor_text TEXT,
        recipient_text TEXT,
        date TEXT,
        date_timex TEXT,
        date_text TEXT,
        reported_by TEXT,
        confidence REAL,
        fusion TEXT NOT NULL
    );
    CREATE INDEX event_mentions_event ON event_mentions(event);
    CREATE INDEX event_mentions_article ON event_mentions(article);

    CREATE TABLE relations (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        members TEXT NOT NULL,
        since TEXT,
        article INTEGER NOT NULL REFERENCES articles(id),
        sentence INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    );
    """,
    # 2: for analysis (diplograph.analysis, docs/analysis.md): each event keeps its two sides'
    # countries (set by a trigger from `actors`, which never change), so state-to-state totals
    # are one GROUP BY read in index order, without a join or a sort
    """
    ALTER TABLE events ADD COLUMN actor_country TEXT;
    ALTER TABLE events ADD COLUMN recipient_country TEXT;
    UPDATE events SET
        actor_country = (SELECT country FROM actors WHERE id = events.actor),
        recipient_country = (SELECT country FROM actors WHERE id = events.recipient);
    CREATE TRIGGER events_countries AFTER INSERT ON events BEGIN
        UPDATE events SET
            actor_country = (SELECT country FROM actors WHERE id = NEW.actor),
            recipient_country = (SELECT country FROM actors WHERE id = NEW.recipient)
        WHERE id = NEW.id;
    END;
    CREATE INDEX events_pair ON events(actor_country, recipient_country, date, asserted,
        intensity, sources);
    CREATE INDEX events_recipient_pair ON events(recipient_country, actor_country, date,
        asserted, intensity, sources);
    CREATE INDEX events_year_pair ON events(substr(date, 1, 4), actor_country,
        recipient_country, date, asserted, intensity, sources);
    CREATE INDEX events_month_pair ON events(substr(date, 1, 7), actor_country,
        recipient_country, date, asserted, intensity, sources);
    CREATE INDEX events_mode ON events(mode);
    """,
    # 3: the ingest run that stored each article, to fuse undated reports of one incident
    """
    ALTER TABLE articles ADD COLUMN run TEXT;
    """,
    # 4: every party of an event, so that a multilateral meeting is one event with all its
    # members (role participant); a dyad has an actor row and a recipient row
    """
    CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        event INTEGER NOT NULL REFERENCES events(id),
        role TEXT NOT NULL,
        code TEXT,
        country TEXT,
        sector TEXT,
        name TEXT,
        mention TEXT
    );
    CREATE INDEX participants_event ON participants(event);
    CREATE INDEX participants_country ON participants(country);
    INSERT INTO participants (event, role, code, country, sector, name, mention)
        SELECT e.id, 'actor', x.code, x.country, x.sector, x.name,
            (SELECT m.actor_text FROM event_mentions m WHERE m.event = e.id ORDER BY m.id LIMIT 1)
        FROM events e JOIN actors x ON x.id = e.actor ORDER BY e.id;
    INSERT INTO participants (event, role, code, country, sector, name, mention)
        SELECT e.id, 'recipient', y.code, y.country, y.sector, y.name,
            (SELECT m.recipient_text FROM event_mentions m WHERE m.event = e.id
             ORDER BY m.id LIMIT 1)
        FROM events e JOIN actors y ON y.id = e.recipient ORDER BY e.id;
    """,
    # 5: a place mention's kind: literal, demonym ("Russian") or embedded in an organisation's
    # name ("the Bank of England"); rows stored before it were all literal
    """
    ALTER TABLE places ADD COLUMN kind TEXT NOT NULL DEFAULT 'literal';
    """,
    # 6: analysis reads a country's events, their types and modes, and their reports' articles
    # from indexes alone (covering: no lookup of each event's or report's row; a busy state
    # has 200,000 events in a store of a million)
    """
    DROP INDEX events_pair;
    CREATE INDEX events_pair ON events(actor_country, recipient_country, date, asserted,
        intensity, sources, event_type, mode);
    DROP INDEX events_recipient_pair;
    CREATE INDEX events_recipient_pair ON events(recipient_country, actor_country, date,
        asserted, intensity, sources, event_type, mode);
    DROP INDEX event_mentions_event;
    CREATE INDEX event_mentions_event ON event_mentions(event, article);
    """,
)

VERSION = len(MIGRATIONS)
