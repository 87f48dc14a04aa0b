-- The current consent per purpose, mirrored on the expert row from the ledger (which stays the record),
-- so that the search index and the open-data directory see consent without reading the ledger per expert.
ALTER TABLE expert ADD COLUMN consent_partner_sharing boolean NOT NULL DEFAULT false;
ALTER TABLE expert ADD COLUMN consent_public_directory boolean NOT NULL DEFAULT false;
UPDATE expert e SET
    consent_partner_sharing = coalesce((SELECT c.given FROM expert_consent c WHERE c.expert_id = e.id
                                        AND c.purpose = 'partner-sharing' ORDER BY c.id DESC LIMIT 1), false),
    consent_public_directory = coalesce((SELECT c.given FROM expert_consent c WHERE c.expert_id = e.id
                                         AND c.purpose = 'public-directory' ORDER BY c.id DESC LIMIT 1), false);
