-- The alert list (page and /api/alerts) shows the newest first, a page at a time. Without an index in that
-- order MariaDB sorted every alert for each page (tens of thousands of wide rows on a large registry; the
-- slowest read of the load test, docs/benchmarks.md); with one it reads the page's rows and stops.
CREATE INDEX ix_alert_opened ON alert (opened_at, id);
CREATE INDEX ix_alert_status_opened ON alert (status, opened_at, id);
