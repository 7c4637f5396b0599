"""Svenska meddelanden. Nycklar och fält måste stämma med en.py (ett test kontrollerar)."""

MESSAGES: dict[str, str] = {
    "did_you_mean": "Menade du `{suggestion}`?",
    "severity.error": "fel",
    "severity.warning": "varning",
    # --- files (RUS0xx)
    "syntax.tab": "Tabbtecken används som indrag; YAML kräver mellanslag. "
                  "Byt tabben mot mellanslag.",
    "syntax.alias": "Aliaset hänvisar till ett ankare (&namn) som inte finns.",
    "syntax.mapping_value": "Ett kolon står där det inte får stå; sätt texten inom citattecken "
                            "eller rätta indraget.",
    "syntax.expected_colon": "Här saknas ett kolon efter nyckeln.",
    "syntax.indentation": "Indraget stämmer inte med raderna ovanför.",
    "syntax.unclosed_quote": "Ett citattecken öppnas men stängs aldrig.",
    "syntax.document": "Filen innehåller flera YAML-dokument (---); en fil får bara ha ett.",
    "syntax.flow": "En lista eller mappning inom [ ] eller {{ }} stängs inte.",
    "syntax.other": "YAML-syntaxfel: {problem}.",
    "encoding.utf16": "Filen är sparad som UTF-16; spara den som UTF-8.",
    "encoding.binary": "Filen innehåller binära tecken och är ingen textfil.",
    "encoding.not_utf8": "Filen är inte giltig UTF-8 (byte {byte}); spara den som UTF-8.",
    "file.unreadable": "Filen kan inte läsas: {reason}.",
    "duplicate_key": "Nyckeln `{key}` finns redan på rad {first_line}; "
                     "en nyckel får bara förekomma en gång.",
    "tag.unknown": "Taggen `{tag}` är inte tillåten; rustool läser bara text, tal, listor "
                   "och mappningar.",
    "limit.size": "Filen är {size_mb} MB; gränsen är {limit_mb} MB.",
    "limit.depth": "Filen är nästlad djupare än {limit} nivåer.",
    "limit.aliases": "Alias i filen expanderar till mer än {limit} värden (en aliasbomb).",
    "typ.unknown": "Okänd typ `{value}`; giltiga typer är strategi, årshjul och aktivitetsplan.",
    # --- schema (RUS1xx)
    "schema.unknown_key": "Okänd nyckel `{key}`.",
    "schema.missing": "Nyckeln `{key}` saknas.",
    "schema.choice": "`{value}` är inget giltigt värde för `{key}`; giltiga värden: {expected}.",
    "schema.text": "`{key}` ska vara text, inte `{value}`; sätt värdet inom citattecken.",
    "schema.integer": "`{key}` ska vara ett heltal, inte `{value}`.",
    "schema.number": "`{key}` ska vara ett tal, inte `{value}`.",
    "schema.list": "`{key}` ska vara en lista.",
    "schema.mapping": "`{key}` ska vara en mappning (nyckel: värde).",
    "schema.empty": "`{key}` får inte vara tom.",
    "schema.list_empty": "`{key}` måste ha minst ett värde.",
    "schema.id": "`{value}` är inget giltigt id; ett id får inte innehålla mellanslag, "
                 "kommatecken eller hakparenteser.",
    "schema.county_code": "Länskoden ska vara två siffror inom citattecken, t.ex. \"07\".",
    "schema.range": "`{value}` ligger utanför det tillåtna för `{key}` ({limit}).",
    "schema.other": "`{key}`: ogiltigt värde `{value}`.",
    "schema.due_date": "`{value}` är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, "
                       "ÅÅÅÅ-Qn (kvartal), ÅÅÅÅ-Tn (tertial) eller ÅÅÅÅ.",
    "schema.not_mapping": "Filen ska vara en mappning med nycklar som `typ`.",
    # --- references and ids (RUS2xx)
    "RUS201": "`{ref}` i `{key}` finns inte i strategin.",
    "RUS201.indicator": "`{ref}` i `{key}` är en indikator; hänvisa till ett område, mål "
                        "eller en prioritering.",
    "RUS202": "Id `{id}` används redan i {other_file} på rad {other_line}.",
    "RUS203": "Arbetsytan saknar strategi (en fil med `typ: strategi`).",
    "RUS204": "Arbetsytan har mer än en strategi; den första finns i {other_file}.",
    "RUS205": "Strategin `{ref}` finns inte; arbetsytans strategi heter `{strategy}`.",
    "RUS206": "Kategorin `{value}` finns inte bland strategins kategorier: {expected}.",
    "RUS207": "Kategorin skrivs `{canonical}` i strategin; skriv ”och” i stället för ”&”.",
    "RUS208": "Rollen `{value}` finns inte bland strategins roller: {expected}.",
    "RUS209": "Arbetsytan har mer än ett årshjul; det första finns i {other_file}.",
    # --- dates (RUS3xx)
    "RUS301": "Klart senast {due} ligger utanför strategins period {start}–{end}.",
    "RUS302": "Aktiviteten skulle vara klar senast {due} ({days} dagar sedan) men har "
              "status {status}.",
    "RUS303": "`mandatår` gäller bara när årshjulets `cykel` är `mandatperiod`.",
    "RUS303.range": "Mandatår {value} finns inte; en mandatperiod har år 1–4.",
    "RUS304": "Uppföljningen {period} står efter {previous}; skriv uppföljningarna i tidsordning.",
    "RUS305": "Planens år {year} ligger utanför strategins period {start}–{end}.",
    "RUS306": "Utfallet för {year} ligger före baslinjens år {baseline_year}.",
    # --- completeness (RUS4xx)
    "RUS401": "Aktiviteten bidrar inte till något mål i strategin; lägg till `bidrar_till`.",
    "RUS402": "Indikatorn `{id}` saknar {missing}.",
    "RUS403": "Senaste uppföljningen ({period}) har status {latest}, men aktiviteten har "
              "status {status}.",
    "RUS404": "Aktiviteten saknar ansvarig; lägg till `ansvarig`.",
    "RUS405": "Aktiviteten saknar `klart_senast`.",
    "RUS406": "Aktiviteten saknar `{key}`, en kolumn i aktivitetsplanen.",
    "RUS407": "Planen har inga aktiviteter.",
    "RUS408": "Indikatorn `{id}` ska {direction}, men målvärdet {target} ligger inte i den "
              "riktningen från baslinjen {baseline}.",
    "direction.öka": "öka",
    "direction.minska": "minska",
    "direction.bibehåll": "bibehållas",
    # --- output
    "summary": "{files} filer kontrollerade: {errors} fel, {warnings} varningar.",
    "no_problems": "Inga problem hittades.",
    "ignored_file": "Hoppar över {file}: ingen `typ`.",
    "internal_error": "Internt fel i rustool ({error}). Det är en bugg; rapportera den gärna "
                      "med kommandot du körde.",
    "cli.path_missing": "Sökvägen finns inte: {path}",
    "cli.not_workspace": "{path} är varken en mapp eller en YAML-fil.",
    "cli.bad_date": "Ogiltigt datum `{value}`; skriv ÅÅÅÅ-MM-DD.",
    "cli.interrupted": "Avbrutet.",
    "schema.written": "Skrev {count} JSON-scheman till {folder}.",
    "rules.header": "Regler",
}
