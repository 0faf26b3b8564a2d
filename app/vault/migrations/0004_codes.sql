-- Izdeu vault schema, version 4: sex, ethnicity, citizenships, a witness's relation, how consent
-- was given and an intervention's addressee kind become coded values (app/model/coded.py).

-- What was typed as free text becomes its code where it is one of the code's words in any of
-- the four languages ("Мужской", "ер", "ئەر" → male), otherwise "other:" and the text.
-- izdeu_codes(kind, json) and izdeu_codes_field(kind, field, json) are Python functions the
-- migration runner registers (app/vault/migrations.py); a value already coded is kept as it is.
UPDATE cases SET data = izdeu_codes('case', data);
UPDATE witnesses SET data = izdeu_codes('witness', data);
UPDATE interventions SET data = izdeu_codes('intervention', data);

-- The version last merged from another device is the common ancestor of the next merge: it is
-- written in the same words, or every migrated field would look changed on this side.
UPDATE merge_sources SET data = izdeu_codes('case', data)
    WHERE record_uuid IN (SELECT uuid FROM cases);
UPDATE merge_sources SET data = izdeu_codes('witness', data)
    WHERE record_uuid IN (SELECT uuid FROM witnesses);
UPDATE merge_sources SET data = izdeu_codes('intervention', data)
    WHERE record_uuid IN (SELECT uuid FROM interventions);

-- A value kept from a lost merge conflict can be restored into its field: it must fit it.
UPDATE merge_conflicts SET lost_value = izdeu_codes_field(kind, field, lost_value)
    WHERE kind IN ('case', 'witness', 'intervention');
