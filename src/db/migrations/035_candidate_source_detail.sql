-- A source Seleksi has no name for (an import's "Instagram", "Koran Kompas") is stored as
-- 'other', and its original text here: shown beside "Other" on the candidate page and exported as
-- its own column. Only the import writes it; careers applications and HR's form leave it NULL.
-- Erasure clears it with the candidate's other free text.
ALTER TABLE candidates ADD COLUMN source_detail text;
