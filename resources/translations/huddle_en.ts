<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="sv_SE">
  <context>
    <name>LogTableModel</name>
    <message>
      <location filename="../../huddle/ui/qt_log_review.py" line="+84" />
      <source>När</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Användare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Arbetsstation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Åtgärd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Var i Huddle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Personnummer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtAboutDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_about_dialog.py" line="+60" />
      <source>Om Huddle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <location line="+75" />
      <source>Huddle {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-71" />
      <source>Daglig avstämning för vårdcentral och kommun.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Öppna mappen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Databasen, arkivet och säkerhetskopiorna innehåller patientuppgifter. De ska ligga på en krypterad disk och omfattas av vårdcentralens loggranskning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Python {python}, Qt för Python {qt}, {system}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Kopiera uppgifterna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Senaste automatiska säkerhetskopia: {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source> (inte i dag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Ingen automatisk säkerhetskopia ännu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Databas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Filen finns inte ännu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Arkiv (importerade filer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Inget importerat ännu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Säkerhetskopior</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Loggfil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Programmet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtActionsDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_actions_dialog.py" line="+71" />
      <location line="+145" />
      <source>Åtgärder per organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-143" />
      <location line="+117" />
      <source>Åtgärder {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-113" />
      <source>Skriv ut eller spara för</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Sammanfattningen av avstämningen (utan patientuppgifter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Listorna innehåller patientuppgifter: lämna varje organisations sida bara till den organisationen. Patienter utan samtycke står med en neutral beteckning. Varje utskrift skrivs i loggen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>S&amp;para som PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skriv &amp;ut…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>{organisation} – {n} öppna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{organisation} – 1 öppen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>, varav {n} försenade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source> (var med i dag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Välj minst en organisation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Spara åtgärderna som PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Skriv ut åtgärderna</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtAddPatientDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_register.py" line="+96" />
      <source>Ny patient i registret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>ÅÅÅÅMMDD-NNNN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Personnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Efternamn, Förnamn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skyddad identitet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Okänt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Nej</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Inskriven i kommunal hälso- och sjukvård</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Personnummer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Namn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Inskriven i kommunal &amp;HSL:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Lägg till</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Skärmen visas för rummet: personnummer och namn visas som punkter. F9 växlar till Endast din skärm.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtBoard</name>
    <message>
      <location filename="../../huddle/ui/qt_board.py" line="+66" />
      <source>Öppna beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Sedan förra avstämningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Patienter i SAMSA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Sköra äldre (CFS) – samordning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Uppföljning i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+86" />
      <source>Ingen SAMSA-export är importerad ännu. Importera den med Ctrl+I (Arkiv › Importera) eller dra filen hit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Inga patienter här i dag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>{what} – {who}, senast {due}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>FÖRSENAT: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Lyft till: {to}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>månadsmöte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Nytt beslut i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Granskat i dag: {outcome}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Klart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Inga öppna beslut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>Inget nytt sedan förra avstämningen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtCallDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_call_dialog.py" line="+98" />
      <source>Patienten har ingen öppen telefonuppföljning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Telefonuppföljning inom 72 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Utskriven {discharged}. Ring senast {deadline}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Tiden har gått ut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>När ringde du</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Förnamn Efternamn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Vem ringde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>valfritt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Anteckning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;När:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Vem ringde:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Utfall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>A&amp;nteckning:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Skapa &amp;uppföljning i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Orsak till uppföljningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Anteckning till uppföljningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>O&amp;rsak:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Vem &amp;följer upp:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>S&amp;enast:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Anteckning &amp;till uppföljningen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-12" />
      <source>Vem följer upp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Uppföljning senast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Spara och stäng samtalet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+24" />
      <source> ({h} h efter fristen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>Utfallet behöver en åtgärd: uppföljningen skapas när du sparar. Ändra det som inte stämmer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Utfallet behöver ingen uppföljning. Kryssa i rutan om det ändå behövs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Välj utfall av samtalet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtCfsDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_cfs_dialog.py" line="+107" />
      <source>CFS-skattning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+40" />
      <source>Patienten är {age} år. CFS är validerad från {min} år – bedöm med försiktighet och skriv varför skattningen görs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Senaste skattningen ({day}) är äldre än {n} månader – dags att skatta om.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Nivå (tangent 1–9)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Tillståndet ca två veckor före det akuta insjuknandet, inte i dag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Skattningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>CFS version {v}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skalversion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Skattningsdatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Skattad av, yrkesroll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Förnamn Efternamn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skattad av, namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Baslinje</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>S&amp;kalversion:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Datum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skattad av, &amp;roll:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skattad av, &amp;namn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Baslinje:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <location line="+13" />
      <source>Tidigare skattningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-4" />
      <source>Datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>CFS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Ändring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Skattad av</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>första</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>försämrad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>förbättrad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>oförändrad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+40" />
      <source>Välj en nivå – vägen och nästa steg visas här.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>CFS {level} {label} → {pathway}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>nivå 9 gäller förväntad överlevnad under ca 6 månader och är inte ett mått på skörhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Ändring från senaste skattningen: CFS {old} → {new}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Välj en nivå 1–9 innan du sparar.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtConsentDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_consent_dialog.py" line="+68" />
      <source>Samtycke och skyddad identitet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Samtycke till att patienten tas upp vid den gemensamma avstämningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Datum för svaret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Vem registrerar svaret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Registrerat av</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Datum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Registrerat av:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Utan samtycke visas patienten för rummet bara som "Patient utan samtycke" med åldersgrupp. Vårdcentralens registrering gäller; SAMSA:s uppgift skriver aldrig över den.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Kontrollera med patienten och spara svaret – det bekräftar vårdcentralens registrering.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+40" />
      <source>SAMSA: inget samtycke angivet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>nej</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>SAMSA säger {answer} (export {when}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-39" />
      <source>Skydd och kommunal hälso- och sjukvård</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Skyddad identitet – visa aldrig namn eller personnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Skyddad identitet tas bort. Gör det bara om markeringen var fel – en markering från SAMSA kommer tillbaka vid nästa import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Inskriven i kommunal hälso- och sjukvård</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Inskriven i kommunal &amp;HSL:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtDamagedDatabaseDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_db_fault_dialog.py" line="+48" />
      <source>Databasen är skadad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Återställ senaste säkerhetskopian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Välj en annan säkerhetskopia…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Det finns ingen säkerhetskopia i {folder}. Välj en säkerhetskopia som finns någon annanstans, eller kontakta IT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Senaste säkerhetskopian: {name} ({vc}, {patients} patienter, senaste import {last_import}). Det som ändrats efter den går förlorat; den skadade filen sparas undan oförändrad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Välj säkerhetskopia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Huddle-databas (*.sqlite);;Alla filer (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Återställningen misslyckades</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtDecisionDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_decision_dialog.py" line="+67" />
      <source>Ändra beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Nytt beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <location line="+67" />
      <source>Skriv, eller välj ett vanligt beslut med pil ned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-66" />
      <source>Vad beslutades</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Välj roll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Ansvarig roll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>valfritt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Namn på ansvarig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Senast, datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Lyft till månadsmöte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Mottagare av eskaleringen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Vad:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Ansvarig roll:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Namn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Senast:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Mottagare:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Fråga till c&amp;hefen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Välj ett vanligt beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Skärmen visas för rummet: välj ett vanligt beslut, och datumet anges i dagar från i dag. Egen text skriver du på Endast din skärm (F9).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+55" />
      <source>Svar på eskaleringen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Svaret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>till exempel Eva Strand, enhetschef</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Vem svarade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Sva&amp;r:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Från:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Registrerat {when}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtEndDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_end_dialog.py" line="+42" />
      <location line="+42" />
      <source>Avsluta avstämningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-40" />
      <source>Sammanfattning som sparas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+59" />
      <source>Åtgärder per organisation, efter sammanfattningen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Skriv ut &amp;åtgärder…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Spara som &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-35" />
      <source>{n} öppna beslut granskades inte. De finns kvar på tavlan i morgon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Fortsätt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtEscalateDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_review_dialogs.py" line="+88" />
      <source>Lyft till månadsmöte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Mottagare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Fråga till c&amp;hefen:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Mottagare:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Lyft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Skriv vad chefen behöver ta ställning till – utan patientuppgifter.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtFileActionsMixin</name>
    <message>
      <location filename="../../huddle/ui/qt_file_actions.py" line="+77" />
      <source>Loggranskningen visar patienters namn och personnummer. Växla till Endast din skärm (F9) först.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Loggranskningen stängdes: den visar patienters namn och personnummer, och skärmen visas nu för rummet. F9 växlar tillbaka.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtFirstRunDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_first_run.py" line="+30" />
      <source>Välkommen till Huddle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Ställ in vårdcentralen. Namnet används för att välja ut vårdcentralens egna patienter ur SAMSA-exporter; skriv också andra stavningar som förekommer där.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>till exempel Skene vårdcentral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Vårdcentralens namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>en stavning per rad, till exempel Skene VC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Andra stavningar i SAMSA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Kommun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Vårdcentralens &amp;namn:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Andra &amp;stavningar i SAMSA:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Kommun:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Spara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Skriv vårdcentralens namn – det får inte vara tomt.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtFlagDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_patient_frailty.py" line="+52" />
      <source>Flagga för samordning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Varför ska patienten tas upp vid avstämningen?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>t.ex. Hemtjänsten oroliga: äter dåligt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skäl</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Flagga</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ta bort flaggan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Skriv varför patienten ska tas upp.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtFollowupDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_followup_dialog.py" line="+54" />
      <source>Ändra uppföljning i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ny uppföljning i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Välj orsak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Orsak till uppföljningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Välj vem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Vem följer upp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Senast, datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+31" />
      <source>valfritt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-30" />
      <source>Anteckning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Orsak:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Vem &amp;följer upp:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Senast:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ante&amp;ckning:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Gjord – stäng uppföljningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>skrivs på Endast din skärm (F9)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Skärmen visas för rummet: datumet anges i dagar från i dag, och en anteckning skriver du på Endast din skärm (F9).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtHeader</name>
    <message>
      <location filename="../../huddle/ui/qt_header.py" line="+68" />
      <source>Ingen SAMSA-import ännu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ingen import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>SAMSA-import {date} kl {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>SAMSA {date} {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Senaste SAMSA-import: {date} kl {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Missade avstämningar: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missade: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missade avstämningar senaste 30 dagarna: {n}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtHuddleClock</name>
    <message>
      <location filename="../../huddle/ui/qt_huddle_panel.py" line="+164" />
      <source>Ingen avstämning pågår</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Övertid {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{time} kvar</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtHuddleController</name>
    <message>
      <location filename="../../huddle/ui/qt_huddle_controller.py" line="+57" />
      <source>Missade avstämningar ({n})…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Arbetsdagar utan avstämning de senaste 30 dagarna:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ingen missad avstämning de senaste 30 dagarna.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Missade avstämningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>Avstämningen har startat. Öppna beslut först.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Ingen avstämning pågår. F2 startar den.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>Avstämningen kunde inte avslutas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+44" />
      <source>Inget att gå igenom under {part}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+45" />
      <source>Välj en patient först med pil upp och pil ned.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Beslutet är sparat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Uppföljningen i hemmet är sparad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>Rummet får inte se beslutets eller uppföljningens text för en patient utan samtycke. Växla till Endast din skärm (F9) och ändra där.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Beslutet är ändrat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Uppföljningen är ändrad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Telefonuppföljningen registreras i patientens uppgifter (Enter).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Markera ett beslut eller en uppföljning i hemmet först.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Gå till ett öppet beslut först (Ctrl+← till Öppna beslut).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Starta avstämningen (F2) för att granska besluten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Gå till beslutet vars granskning ska ångras.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Granskningen är ångrad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Granskat: {outcome}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Alla öppna beslut är granskade – Ctrl+→ går vidare.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtHuddlePanel</name>
    <message>
      <location filename="../../huddle/ui/qt_huddle_panel.py" line="+11" />
      <source>Avstämningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+45" />
      <source>Ingen avstämning i dag ännu – tryck F2 för att starta.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Avslutad {time} efter {minutes} min – F2 återupptar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Takten visas när första patienten är avklarad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>F1 visar alla kortkommandon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Närvarande: {roles}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Ogranskade beslut: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Nya beslut: {n}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtImportDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_import_dialog.py" line="+158" />
      <source>Importera SAMSA-export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Fil: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+41" />
      <source>Importerar …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+97" />
      <source>Importen körs i bakgrunden; tavlan uppdateras när den är klar. Avbryt lämnar databasen som den var.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+36" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Filen kunde inte importeras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-23" />
      <location line="+32" />
      <source>Inget har ändrats i databasen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Arbetsboken har flera blad. Välj bladet med SAMSA-listan:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Blad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Importera bladet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-163" />
      <location line="+101" />
      <location line="+65" />
      <location line="+23" />
      <location line="+45" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-202" />
      <source>Avbryter …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Läser filen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>{n} rader lästa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Sparar i databasen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Ett oväntat fel inträffade; inget har importerats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Importens förlopp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Importen avbröts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+68" />
      <source>Exporten verkar avkortad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Importera ändå</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Filen innehåller bara {now} ärenden, mot {previous} i förra importen. Om den importeras markeras {missing} ärenden som borta ur SAMSA.

Det brukar betyda att exporten blev avbruten. Ta helst en ny export. Välj "Importera ändå" bara om listan verkligen har krympt så mycket. Inget har importerats ännu.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Kolumnerna i filen känns inte igen. Ange vilken kolumn i filen som motsvarar vilken uppgift; de med * måste anges. Kopplingen sparas och används automatiskt för filer med samma rubrikrad. Exemplen visar bara formen på värdena (9 = siffra, x = bokstav).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>Spara kopplingen och importera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+27" />
      <source>(ingen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+24" />
      <source>Kolumnen {source} är vald både för {first} och {second}. Välj en kolumn per uppgift.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+33" />
      <source>Rader lästa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Godtagna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Avvisade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Andra vårdcentraler (sparas inte)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Dubbletter (äldre rader av samma ärende)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Nya ärenden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ändrade ärenden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Oförändrade ärenden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Borta ur exporten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+39" />
      <source>Filen är redan importerad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{name} importerades {when}. Inget har ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Importen är klar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{name} – läget {when}. Läst som {read_as}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Avvisade rader ({n}) – rätta dem i SAMSA eller i filen; övriga rader är importerade:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Inga rader avvisades.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>skattningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>besök</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>samtycken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ej i registret, inte mångsökare (sparas inte)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Nya {things}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Fanns redan ({things})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Dubbletter i filen</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtLogReviewWindow</name>
    <message>
      <location filename="../../huddle/ui/qt_log_review.py" line="+47" />
      <location line="+2" />
      <source>Loggranskning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Vem har tagit del av vilken patient, när, från vilken dator och var i Huddle. Varje sökning, utskrift och export skrivs själv i loggen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Summering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>ÅÅÅÅMMDD-NNNN eller namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>alla användare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>från början</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Alla</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Sök</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>&amp;Patient (personnummer eller namn):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Användare:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Från:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Till:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Å&amp;tgärd:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Rader i loggen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Skriv &amp;ut utdrag…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Spara utdrag som &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Exportera CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+53" />
      <source>Ingen patient passar sökningen. En patient med skyddad identitet hittas bara på personnummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Inga rader i loggen passar sökningen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>{n} rader ({counts})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>1 rad ({counts})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{n} användare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{n} patienter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>1 patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source> · visar de {n} senaste; exportera CSV för alla</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <location line="+10" />
      <source>Loggutdrag för en patient: sök på patientens personnummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-8" />
      <source>Loggutdrag för {name}, {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Sökningen passar {n} patienter; ett loggutdrag gäller en. Sök på personnummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+29" />
      <source>Spara loggutdraget som PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Exportera loggen som CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Loggutdraget sparat: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Loggen exporterad: {path} ({n} rader)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Loggutdrag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skriv ut loggutdraget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Skickat till skrivaren: {n} sidor</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtMainMenus</name>
    <message>
      <location filename="../../huddle/ui/qt_menus.py" line="+30" />
      <source>&amp;Arkiv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Av&amp;stämning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Re&amp;gister</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Rapporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Visa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Hjälp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Uppdatera tavlan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Helskärm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>&amp;Importera SAMSA-export eller lista…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>&amp;Säkerhetskopiera…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Å&amp;terställ från säkerhetskopia…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Loggranskning…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Inställningar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>&amp;Vecko- och månadssammanställning…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>&amp;Om Huddle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Sök patient…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Att planera – sköra äldre…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Ny patient…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+35" />
      <source>Klart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Nytt datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lyft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Behåll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ångra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ändra/svar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>&amp;Granska öppet beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Missade avstämningar…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtMainWindow</name>
    <message>
      <location filename="../../huddle/ui/qt_main_window.py" line="+69" />
      <source>Huddle – daglig avstämning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+79" />
      <source>Rumsläge: skärmen visas för rummet. F9 växlar tillbaka.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Endast din skärm: alla uppgifter visas. F9 växlar till rumsläge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+27" />
      <source>Tavlan kunde inte läsas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>Visa för {org}: {n} beslut och uppföljningar markerade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Visningen kunde inte skrivas i åtkomstloggen: {reason}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtNewDateDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_review_dialogs.py" line="-63" />
      <location line="+17" />
      <source>Nytt datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-4" />
      <source>Skärmen visas för rummet: det nya datumet anges i dagar från i dag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Nytt &amp;datum:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Spara</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtPartChip</name>
    <message>
      <location filename="../../huddle/ui/qt_huddle_panel.py" line="-116" />
      <source>pågår</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>över tidsrutan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{part}, {spent} av {minutes} minuter {state}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtPatientDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_patient_dialog.py" line="+61" />
      <source>Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Patientens uppgifter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+57" />
      <source>Skärmen visas för rummet, och rummet får inte se vem patienten är eller uppgifterna om hen. Växla till Endast din skärm (F9) för att se och ändra patientens uppgifter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>CFS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>CFS {level} – {label}, {day} ({who})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Ingen CFS-skattning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>SAMSA-ärenden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{status}: inskriven {adm}, planerad hemgång {pud}, utskrivningsklar {ready}, utskriven {dis} – {ward}, {hospital}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Inga ärenden i SAMSA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Händelser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Uppföljning i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>öppen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>klar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>avbruten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{reason} – {actor}, senast {due}: {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>öppet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>klart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{what} – {role}, senast {due}: {status}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtPatientFrailty</name>
    <message>
      <location filename="../../huddle/ui/qt_patient_frailty.py" line="+31" />
      <source>Sköra äldre: sammanfattning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Skatta &amp;CFS…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>S&amp;IP…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Samt&amp;ycke och skydd…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Registrera &amp;samtal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Flagga…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+27" />
      <source>CFS {level} {label} ({day}) → {pathway}. {trend}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Skattningen är äldre än {n} mån.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Ingen CFS-skattning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Under {n} år – CFS är inte validerad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>SIP giltig t.o.m. {day} ({state}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ingen giltig SIP ({state}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>SAMSA: {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>nej</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Flaggad: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Telefonuppföljning: {state}, frist {deadline}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtPrint</name>
    <message>
      <location filename="../../huddle/ui/qt_print.py" line="+28" />
      <source>PDF-filer (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>CSV-filer (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Sparad: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+37" />
      <source>Skickad till skrivaren: {n} sidor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Skrivaren kunde inte startas. Kontrollera att den är påslagen och vald, och försök igen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtProjectorWindow</name>
    <message>
      <location filename="../../huddle/ui/qt_projector.py" line="+32" />
      <source>Huddle – projektor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+30" />
      <source>Rummets vy på hela skärmen. Esc eller Ctrl+Shift+P tar dig tillbaka till din skärm.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtRegisterWindow</name>
    <message>
      <location filename="../../huddle/ui/qt_register.py" line="+26" />
      <source>Register – sköra äldre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <location line="+100" />
      <source>Sök på personnummer (minst 6 siffror) eller namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-98" />
      <source>Sök patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>&amp;Ny patient…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <location line="+101" />
      <source>Skriv personnummer eller namn och tryck Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-97" />
      <location line="+21" />
      <source>Namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-21" />
      <source>Personnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <location line="+21" />
      <source>Ålder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-21" />
      <source>CFS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Väg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Samtycke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Att notera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Sökträffar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Sök</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Alla sköra äldre där samordning behövs, mest brådskande först. Tavlan tar bara med några planeringsärenden om dagen; resten står här.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Varför</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Nästa steg</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>På tavlan i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Att planera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>&amp;Att planera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Öppna patienten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+50" />
      <source>Sök på personnummer eller namn – visas som punkter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Skärmen visas för rummet: det du skriver i sökfältet visas som punkter, så att rummet inte läser namn eller personnummer. Träffarna visas som rummet får se dem. F9 växlar till Endast din skärm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>{n} träffar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ingen träff. En patient med skyddad identitet hittas bara på hela personnumret. Lägg till en ny patient med knappen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Flaggad: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>CFS äldre än 12 mån</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Giltig t.o.m. {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Ej giltig – {state}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>Listan hämtas …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+36" />
      <source>Ja</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Väntar</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtReportDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_report_dialog.py" line="+140" />
      <location line="+226" />
      <source>Rapporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-222" />
      <source>Typ av rapport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Veckosammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Månadssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Kvartalssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Årssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Rapporten tas fram</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Rapport:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Period:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Förhandsvisning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Spara som PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skriv ut…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+59" />
      <source> – pågår</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Tar fram {period} …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+34" />
      <source>Rapporten kunde inte tas fram; ett oväntat fel inträffade.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Sida {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>{title} {period} · {n} sidor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Spara rapporten som PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Skriv ut rapporten</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtReviewBar</name>
    <message>
      <location filename="../../huddle/ui/qt_review.py" line="+61" />
      <source>Granska öppet beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+42" />
      <source>Granska: {n} kvar av {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>{what} – {who}, senast {due}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>FÖRSENAT: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>nytt i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+63" />
      <source>Det finns ingen granskning att ångra för beslutet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtScreenMarker</name>
    <message>
      <location filename="../../huddle/ui/qt_room.py" line="+55" />
      <source>Visas för rummet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Skärmen visas för rummet: patienter utan samtycke visas utan identitet. F9 växlar till Endast din skärm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Endast din skärm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Bara du ser skärmen: alla uppgifter visas. F9 växlar till Visas för rummet.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtSettingsDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_settings_dialog.py" line="+64" />
      <source>Inställningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Inställningarna gäller den här vårdcentralens databas. Håll muspekaren över ett fält för att se standardvärdet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+65" />
      <source>{key} – standard: {default}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtShortcutsDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_shortcuts.py" line="+115" />
      <location line="+15" />
      <source>Kortkommandon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-11" />
      <source>Hela avstämningen går att leda med tangentbordet. Tab flyttar mellan fälten i dialogerna.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>I dialogerna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Del</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Tangent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Gör</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>Stäng</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtShowFor</name>
    <message>
      <location filename="../../huddle/ui/qt_show_for.py" line="+36" />
      <source>Alla</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Visa för organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Visa &amp;för:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtSipDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_sip_dialog.py" line="+56" />
      <source>SIP – samordnad individuell plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Ändra:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Vilken SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Aktuell SIP: {state} ({day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Ny SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Läge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>&amp;Läge:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>{what}, datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>valfritt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Anteckning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>A&amp;nteckning:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Giltig SIP till och med {day} (senaste möte {met}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ingen giltig SIP – senaste mötet {met} är äldre än {n} månader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ingen giltig SIP.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source> (från SAMSA)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Ingen SIP registrerad.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QtStartDialog</name>
    <message>
      <location filename="../../huddle/ui/qt_start_dialog.py" line="+44" />
      <source>Starta avstämning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Vilka roller är med i dag? Namn behövs inte. Tiden börjar räknas när du trycker Starta.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Starta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Närvaro</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Avstämningen pågår sedan {time}. Ändra vilka som är med.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Spara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Återuppta avstämningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Dagens avstämning avslutades {time}. Den fortsätter där den slutade.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Återuppta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>namn (valfritt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Namn, {role}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>&amp;Skärmen visas för rummet (rumsläge: patienter utan samtycke visas utan identitet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>_RejectedModel</name>
    <message>
      <location filename="../../huddle/ui/qt_import_dialog.py" line="-496" />
      <source>Rad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Orsak</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <location filename="../../huddle/commands/actions.py" line="+44" />
      <source>Organisationen {org} finns inte. Välj en av: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Filen {out} ska sluta på .pdf, till exempel --out atgarder-{day}.pdf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+27" />
      <source>Åtgärderna skrivna till {path}, en sida var för: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <location filename="../../huddle/reports/actions_pdf.py" line="+215" />
      <source>FÖRSENAD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/domain/actions.py" line="+224" />
      <location line="+55" />
      <source>inget datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>utskriven {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/actions_pdf.py" line="-129" />
      <source>Åtgärder för {organisation} – {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Sammanfattning av avstämningen – {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Utskriven {day} kl {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Innehåller patientuppgifter (patientdatalagen) – förstörs efter användning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Åtgärder per organisation {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Vårdcentral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Daglig avstämning: åtgärder per organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Ingen organisation har något öppet att göra i dag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>{organisation} har inga öppna beslut eller uppföljningar i dag.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Patienter utan registrerat samtycke står med en neutral beteckning. Identiteten lämnas av äldre-sjuksköterskan, inte på listan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Lyfta till månadsmötet – väntar på svar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Kryssa i rutan när åtgärden är gjord och meddela äldre-sjuksköterskan, så stängs den vid nästa avstämning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>{n} öppen åtgärd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{n} öppna åtgärder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>varav {n} försenad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>varav {n} försenade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Ingen enskild patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Lyft till månadsmötet – väntar på svar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Lyft till månadsmötet – svar: {answer}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Lyft till månadsmötet – besvarad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>(senast {due})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <location line="+24" />
      <source>Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-24" />
      <source>Vad ska göras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ansvarig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Senast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Klart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Frågan till cheferna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Lyft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Frågan står inte på listan för en patient utan samtycke; äldre-sjuksköterskan har den.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ingen fråga skriven; äldre-sjuksköterskan vet vad som lyftes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Vad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Antal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Vid bordet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Åtgärder per organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{n} öppna, {late} försenade, {waiting} väntar på svar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>På följande sidor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Sammanfattningen innehåller inga patientuppgifter. Sidorna som följer gör det: lämna varje organisations sida bara till den organisationen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Åtgärdslistan kunde inte sparas som {path} ({reason}). Stäng filen om den är öppen i ett annat program, eller välj en annan mapp.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../huddle/ui/app.py" line="+161" />
      <source>Databasen {path} finns inte. Skapa den med 'huddle init --db {path} --vc "Vårdcentralens namn"' först.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>Vårdcentralen är inte inställd i {path}. Kör 'huddle init' först.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+124" />
      <source>huddle: Skärmbilden kunde inte sparas till {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Skärmbild sparad: {path} ({width}x{height})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>area</name>
    <message>
      <location filename="../../huddle/reports/area.py" line="+124" />
      <source>Filen {path} är ingen regional CSV från Huddle ({why}); den har inte ändrats. Varje vårdcentral skapar sin fil med 'huddle report monthly --csv vardcentral-manad.csv' (ett nytt filnamn).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>rad {line}: {column} {text!r} är inget tal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>rad {line}: {column} {text!r} är inget datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>kolumnen {column} har flera olika värden: {values}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Filen {path} finns inte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Filen {path} går inte att läsa ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>den är varken UTF-8 eller Windows-1252</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>kolumner saknas: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>den har inga mått</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>rad {line} har fel antal fält</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+41" />
      <source>Filerna gäller olika perioder ({listed}). En områdesrapport sammanställer en och samma period: skapa exporterna för samma vecka eller månad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>{name} finns i både {first} och {second}. Varje vårdcentral ska vara med en gång, annars räknas den dubbelt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Ange minst en regional CSV-fil.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Filen {path} är angiven två gånger. Ange varje vårdcentrals fil en gång, annars räknas den dubbelt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/area_pdf.py" line="+68" />
      <source>Områdesrapport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+39" />
      <source>av</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>{period} · {n} vårdcentraler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Underlag för områdets månadsmöte: vårdcentralernas siffror sida vid sida. Områdets värde är räknat från summan av täljare och nämnare, inte som ett medel av vårdcentralernas värden. Under en andel eller ett medel står vad den är gjord av (täljare av nämnare).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Rapporten innehåller bara antal och andelar från varje vårdcentrals regionala export: inga namn, personnummer eller andra uppgifter som pekar ut en patient.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Perioden pågick när {name} gjorde sin export: siffrorna gäller till och med {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>– i en vårdcentrals kolumn: måttet finns inte i dess fil (en äldre version av Huddle eller en veckorapport). Områdets värde räknas då på de vårdcentraler som har måttet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Vårdcentral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Kod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Siffrorna gäller till och med</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Fil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Vårdcentraler i rapporten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+20" />
      <source>Mått</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Området</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>{n} vårdcentraler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Skapad {made} · Huddle {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Endast antal och andelar, inga patientuppgifter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Områdesrapport för chefernas möte</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../huddle/commands/backup.py" line="+53" />
      <source>Ange --out FIL för en säkerhetskopia, --daily för dagens automatiska eller --keep-daily ANTAL för hur många som sparas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>{n} automatiska dagliga säkerhetskopior sparas i {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+18" />
      <source>Automatiska dagliga säkerhetskopior är avstängda.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-13" />
      <source>Säkerhetskopia av {db} skriven till {out} ({size} kB, {patients} patienter).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Dagens säkerhetskopia skriven till {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Dagens säkerhetskopia fanns redan: {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>--keep-daily ska vara mellan 0 och 366.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Databasen {path} finns inte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>{db} är återställd från {file} ({vc}, {patients} patienter).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Den tidigare databasen är sparad i {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/storage/backup.py" line="+193" />
      <source>Filen {path} är ingen Huddle-databas. Välj en säkerhetskopia som Huddle har skrivit (.sqlite).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Filen {path} är skadad och kan inte återställas. Välj en annan säkerhetskopia.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Filen {path} är skapad av en nyare version av Huddle (schemasteg {steps}) och kan inte återställas med den här versionen. Uppdatera Huddle först; inget har ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>Filen {path} finns inte. Kontrollera sökvägen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+32" />
      <source>Databasen {path} finns inte, så det finns inget att säkerhetskopiera.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Säkerhetskopian kan inte skrivas över databasen själv ({path}). Välj ett annat filnamn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{path} är en mapp. Ange ett filnamn för säkerhetskopian, till exempel {example}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Säkerhetskopian kunde inte skrivas till {path}: {reason}. Kontrollera att mappen finns, att du får skriva där och att disken inte är full.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+81" />
      <source>{path} är databasen som används nu. Välj en säkerhetskopia att återställa från.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+20" />
      <source> En kopia av den finns i {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Återställningen misslyckades: {reason} Databasen är som förut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Återställningen misslyckades: {reason}. Databasen är som förut. Kontrollera att disken inte är full och att du får skriva i {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+70" />
      <source>Den återställda databasen gick inte att öppna ({reason}). Den tidigare databasen är tillbaka.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>backup_ui</name>
    <message>
      <location filename="../../huddle/ui/qt_about_dialog.py" line="+88" />
      <source>{vc}, {patients} patienter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>vårdcentral inte inställd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>, senaste SAMSA-import {moment}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Spara säkerhetskopia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Huddle-databas (*.sqlite)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Säkerhetskopia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Säkerhetskopian är sparad i {path} ({what}).

Den innehåller patientuppgifter: förvara den på en krypterad disk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Säkerhetskopierar databasen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Återställ från säkerhetskopia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Huddle-databas (*.sqlite *.db);;Alla filer (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <location line="+14" />
      <source>Återställ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-7" />
      <source>Återställa databasen från {file}?

Säkerhetskopian: {what}.

Allt som har ändrats sedan kopian togs ersätts. Den nuvarande databasen sparas först i {folder}, så inget går förlorat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Återställer databasen …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Databasen är återställd från {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Den tidigare databasen är sparad i {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Starta om Huddle för att se den återställda datan.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>board</name>
    <message>
      <location filename="../../huddle/domain/board.py" line="+428" />
      <source>Utskrivningsklar sedan {days} d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Utskrivningsklar i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>SIP-kallelse saknas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>inget planerat utskrivningsdatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>flyttat {n} ggr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+51" />
      <source>utskriven {date} kl {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-405" />
      <source>Beslut (texten visas på sköterskans skärm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+332" />
      <source>Utskriven {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Inskriven {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>planerad hemgång {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+59" />
      <source>utskriven {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+43" />
      <source>se sköterskans skärm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Svar från {who} {date}: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+29" />
      <source>Ny uppgift i SAMSA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>({n:+d} d)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/domain/followup.py" line="+94" />
      <source>inget datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <location line="+17" />
      <source>i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-15" />
      <source>senast {date} kl {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>senast om {h} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>FÖRSENAD {h} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+11" />
      <source>FÖRSENAD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-2" />
      <source>senast {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/board.py" line="+64" />
      <source>
Ingen patient på tavlan.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cfs</name>
    <message>
      <location filename="../../huddle/domain/cfs.py" line="+64" />
      <source>CFS-nivå måste vara 1–9, inte {level}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../huddle/cli.py" line="+47" />
      <source>Storleken {text} ska skrivas BREDDxHÖJD, till exempel 1366x768.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Fönstret måste vara minst 320x240.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Skärmbilden sparas som PNG: ange ett filnamn som slutar på .png, till exempel {example}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Huddle – daglig avstämning för vårdcentral och kommun.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>visa versionen och avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location filename="../../huddle/commands/common.py" line="+24" />
      <source>databasfil (standard: i användarens datamapp)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>öppna appen på en nyskapad demodatabas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>FIL.png</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>rita huvudfönstret till en PNG och avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>BxH</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>fönsterstorlek för --screenshot (standard 1366x768)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>med --screenshot: rita projektorvyn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/parser.py" line="+27" />
      <source>okänt argument: {args}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>det här måste anges: {args}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>ett av argumenten {args} måste anges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>flaggan {option} kan betyda flera: {matches}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>{value} finns inte. Välj bland {choices}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>ett värde saknas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>högst ett värde får anges</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>minst ett värde saknas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>går inte att ange tillsammans med {other}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{value} är inget heltal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{value} är inget tal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{value} går inte att använda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>tar inget värde, men fick {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>{name}: {rest}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Användning: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>flaggor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>visa den här hjälpen och avsluta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>{prog}: {message}. Skriv '{prog} --help' för att se vad som går att ange.
</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/actions.py" line="-57" />
      <source>dagens åtgärder per organisation (text, JSON eller PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location filename="../../huddle/commands/board.py" line="-29" />
      <location filename="../../huddle/commands/log.py" line="+51" />
      <location line="+1" />
      <source>ÅÅÅÅ-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <location filename="../../huddle/commands/board.py" line="+0" />
      <source>dag (standard: i dag)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>skriv listorna som JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location filename="../../huddle/commands/log.py" line="+6" />
      <location filename="../../huddle/commands/report.py" line="+57" />
      <location line="+14" />
      <source>FIL.pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>skriv en PDF, en A4-sida per organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/backup.py" line="-89" />
      <source>säkerhetskopiera databasen (går bra medan appen är öppen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>fil att skriva säkerhetskopian till</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>ta dagens automatiska säkerhetskopia nu (om den inte finns) och rensa gamla, som appen gör när den startar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>hur många automatiska dagliga säkerhetskopior som sparas (0 stänger av dem)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+7" />
      <location filename="../../huddle/commands/importing.py" line="+44" />
      <location filename="../../huddle/commands/settings.py" line="+43" />
      <source>skriv resultatet som JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-3" />
      <source>återställ databasen från en säkerhetskopia (den nuvarande sparas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>säkerhetskopian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/board.py" line="-2" />
      <source>dagens tavla</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>skriv tavlan som JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>som rummet ser den: patienter utan samtycke visas utan identitet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/importing.py" line="-11" />
      <source>importera en SAMSA-export eller en CFS-, besöks- eller samtyckeslista (CSV eller Excel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Importerar en export ur SAMSA (eller en CFS-, besöks- eller samtyckeslista; sorten känns igen på rubrikraden). Bara vårdcentralens egna patienter sparas. Tidpunkten exporten beskriver tas från dess egen rad "Utdrag …", annars gäller nu. En SAMSA-export som är äldre än den senast importerade vägras (slutkod 2), precis som i appen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>exportfilen (.csv, .txt eller .xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>ÅÅÅÅ-MM-DDTHH:MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>tidpunkten exporten beskriver (standard: exportens egen rad "Utdrag …", annars nu); en SAMSA-export äldre än den senast importerade vägras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>importera även om exporten har under hälften så många ärenden som förra gången</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>bladet i en Excel-arbetsbok (standard: det första)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/log.py" line="-13" />
      <source>loggranskning: vem har tagit del av vilken patient, när och var</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>patientens personnummer (eller namn; skyddad identitet bara med personnummer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>användaren (inloggningsnamnet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>från och med dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>till och med dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ÅTGÄRD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>bara en sorts åtkomst: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>skriv raderna som JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>skriv raderna som CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>skriv patientens loggutdrag som PDF (kräver --patient)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/report.py" line="-33" />
      <source>vecko-, månads-, kvartals- och årssammanställning för chefer (PDF, JSON, CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>veckosammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ÅÅÅÅ-Wvv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>vecka, till exempel 2026-W47 (standard: senast avslutade veckan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>månadssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ÅÅÅÅ-MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>månad, till exempel 2026-11 (standard: förra månaden)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>kvartalssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ÅÅÅÅ-Qn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>kvartal, till exempel 2026-Q4 (standard: förra kvartalet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>årssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ÅÅÅÅ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>år, till exempel 2026 (standard: förra året)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <location line="+14" />
      <source>skriv rapporten som PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-12" />
      <source>skriv siffrorna bakom rapporten som JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>områdesrapport: flera vårdcentralers regionala CSV-filer sida vid sida</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+33" />
      <source>FIL.csv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-32" />
      <source>vårdcentralernas exporter (huddle report ... --csv), samma period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>skriv områdets siffror som JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+30" />
      <source>skriv periodens mått, ett mått per rad, för områdesrapporten och regionens BI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/settings.py" line="-12" />
      <source>visa och ändra inställningarna (tidsrutor, gränser, mål …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>list|get|set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>alla inställningar med värde och standardvärde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>en inställnings värde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+3" />
      <source>inställningens nyckel, t.ex. payment_days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-1" />
      <source>ändra en inställning (listor med komma: 3,2,4,3,3; ja/nej för på/av)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>VÄRDE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>det nya värdet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/commands/setup.py" line="+16" />
      <source>ställ in vårdcentralen i en databas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>vårdcentralens namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>annan stavning i SAMSA-exporter (kan anges flera gånger)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>kommun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>skriv inställningarna som JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>skriv en demodatabas (påhittade personer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>standard: 120 patienter och 90 dagar; large: en stor vårdcentral med 20 000 listade patienter och fem års historik (för mätningar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>en stor vårdcentral med så här många listade patienter (100–200 000)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>ÅR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>år av historik för en stor vårdcentral (1–10)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>common</name>
    <message>
      <location filename="../../huddle/commands/common.py" line="+14" />
      <source>Databasen {path} finns inte. Skapa den med 'huddle init --db {path} --vc "Vårdcentralens namn"' eller prova på en demodatabas: 'huddle demo --out demo.sqlite', sedan --db demo.sqlite.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Vårdcentralen är inte inställd i {path}. Kör 'huddle init --db {path} --vc "Vårdcentralens namn"' först.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Datumet {text} finns inte. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-11-23.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>Tidpunkten {text} går inte att läsa. Skriv den som ÅÅÅÅ-MM-DDTHH:MM, till exempel 2026-11-23T06:00.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>consent</name>
    <message>
      <location filename="../../huddle/domain/consent.py" line="+97" />
      <source>Okänt samtyckesläge.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Ange vilket datum patienten svarade.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Datumet {day} ligger i framtiden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ange vem som registrerar svaret.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <location filename="../../huddle/ui/crash.py" line="+39" />
      <source>Ett oväntat fel inträffade i Huddle. Det du redan har sparat finns kvar.

Felet är sparat i loggfilen {path}. Om det händer igen: skicka loggfilen till IT-supporten och beskriv vad du gjorde just innan. Starta om Huddle om fönstret slutar svara.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+29" />
      <source>Huddle</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <location filename="../../huddle/storage/database.py" line="+59" />
      <source>Huddles databasschema saknas ({value}). Installationen är ofullständig; installera om Huddle eller kontakta IT.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/storage/store.py" line="+69" />
      <source>Databasen{where} är låst av ett annat program. Stäng andra fönster med Huddle och försök igen om en stund.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Disken är full, så inget kunde sparas{where}. Frigör utrymme och försök igen; det som redan fanns sparat är orört.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Databasen{where} är skrivskyddad, så inget kan sparas. Kontrollera behörigheterna på filen och mappen, eller be IT om skrivrätt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Databasen{where} kunde inte öppnas. Kontrollera att mappen finns och att du har behörighet att läsa och skriva där.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Filen{where} är ingen Huddle-databas. Välj en annan fil eller ett nytt filnamn; filen har inte ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Databasen{where} är skadad och kan inte läsas säkert. Återställ den senaste säkerhetskopian (Arkiv › Återställ från säkerhetskopia, eller 'huddle restore'); den skadade filen sparas undan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/storage/database.py" line="+81" />
      <source>Databasen {path} ligger på en nätverksenhet ({kind}). Där kan SQLite skada databasen (låsningen är inte pålitlig och loggen för skrivningar fungerar inte), så Huddle öppnar den inte. Flytta databasen till en lokal disk, helst standardplatsen i din profil, och öppna den därifrån; IT kan hjälpa till. Filen har inte ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>filen eller disken är skrivskyddad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>mappen {folder} går inte att skriva i</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Databasen {path} kan bara läsas ({where}). Huddle skriver i databasen varje gång en patient visas (åtkomstloggen) och när något ändras, så den kan inte öppnas här. Be IT om skrivrätt till filen och mappen, eller ta en kopia med 'huddle backup --out FIL' och öppna kopian. Filen har inte ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+126" />
      <source>Mappen för databasen {path_str} kunde inte skapas ({strerror}). Välj en annan plats eller kontrollera behörigheterna.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Databasen {path_str} är skapad av en nyare version av Huddle (schemasteg {value}). Uppdatera Huddle för att öppna den; filen har inte ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Databasen {path_str} är skapad av en nyare version av Huddle (schemaversion {value}). Uppdatera Huddle för att öppna den; filen har inte ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Filen {path_str} är ingen Huddle-databas (den innehåller andra tabeller). Välj en annan fil eller ett nytt filnamn; filen har inte ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+32" />
      <source>Databasen {path} kunde inte uppgraderas till den här versionen av Huddle. Databasen är som förut. Felet är sparat i loggfilen; kontakta IT och skicka loggfilen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>dates</name>
    <message>
      <location filename="../../huddle/domain/dates.py" line="+68" />
      <location line="+6" />
      <source>{day} kl {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>i går</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>i morgon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>för {n} d sedan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>om {n} d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>sedan i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>sedan {n} d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>sedan {date}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../huddle/errors.py" line="+45" />
      <source>Avbrutet. Inget har ändrats.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>files</name>
    <message>
      <location filename="../../huddle/private_files.py" line="+118" />
      <source>en symbolisk länk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>en mapp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>en namngiven pipe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>en enhetsfil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{path} är {kind}, inte en vanlig fil, och ersätts inte. Välj ett nytt filnamn i en vanlig mapp.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>frailty</name>
    <message>
      <location filename="../../huddle/domain/frailty.py" line="+141" />
      <source>Ingen skattning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>En skattning: CFS {level}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Försämrad från CFS {a} till {b} sedan {since}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Förbättrad från CFS {a} till {b} sedan {since}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Oförändrad CFS {b} sedan {since}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>CFS-nivån måste vara 1–9.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Skattningsdatumet {day} ligger i framtiden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Skattningsdatumet ligger före patientens födelse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Okänd skalversion {v!r}; använd 2.0 eller 1.2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Skatta CFS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Föreslå förebyggande team (hälsosamtal, fallprevention)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Trygg hemgång: uppdatera vårdplan, läkemedelslista och hjälpmedel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+339" />
      <source>Följ upp SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-337" />
      <source>Genomför SIP-mötet (kallad {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <location line="+330" />
      <source>Skicka SIP-kallelse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-329" />
      <location line="+334" />
      <source>Erbjud SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-284" />
      <source>+ {n} till att planera – se Register › Att planera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+175" />
      <source>ny skattning: terminalt sjuk (var CFS {old})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>försämrad från CFS {old} ({day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>flaggad av en deltagare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>flaggad: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Skatta CFS och föreslå förebyggande team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Föreslå förebyggande team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>skattad {day}, äldre än {n} mån</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Skatta CFS på nytt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>inlagd {since}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+38" />
      <source>hemma {since}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-34" />
      <source>Förbered trygg hemgång: vårdplan, läkemedelslista, hjälpmedel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Meddela avdelningen att SIP finns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Förbered SIP inför utskrivning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>utskrivningsklar {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>SIP-kallelse saknas (senast {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <location line="+4" />
      <source>Skicka SIP-kallelse i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-1" />
      <source>SIP-kallelse senast i dag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Skicka SIP-kallelse senast {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Trygg hemgång: vårdplan, läkemedelslista och hjälpmedel klara före hemgång</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Planera trygg hemgång och telefonuppföljning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Trygg hemgång: uppdaterad vårdplan, läkemedelslista, hjälpmedel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Följ upp SIP efter vårdtillfället</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>SIP kallad {day}, mötet inte hållet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Genomför SIP-mötet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>SIP-behov noterat {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>SIP inaktuell (senast {day})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>saknar SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>ej CFS-skattad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>under {age} år – CFS ej validerad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/domain/frequent.py" line="+75" />
      <source>{n} besök på VC senaste {days} d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{n} besök på akuten senaste {months} mån</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source> och </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>mångsökare: {visits}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>huddle</name>
    <message>
      <location filename="../../huddle/domain/huddle.py" line="+145" />
      <source>Övertid – avsluta när ni är klara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{n} min kvar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+48" />
      <source>Alla {total} patienter genomgångna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>I nuvarande takt hinner ni {n} av {total} patienter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+90" />
      <source>{m} min {s} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>{n} av {total} på tavlan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Längd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Närvarande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Patienter som togs upp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Nya beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Stängda beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Nytt datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Lyfta till månadsmöte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Nya uppföljningar i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>CFS-skattningar registrerade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Telefonuppföljningar registrerade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Öppna beslut som inte granskades</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-24" />
      <source>(övertid {time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/domain/session.py" line="+172" />
      <source>{n} öppna beslut är inte granskade. Tryck Ctrl+→ igen för att gå vidare ändå.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>huddles</name>
    <message>
      <location filename="../../huddle/storage/huddles.py" line="+145" />
      <source>Avstämningen (id {huddle_id}) finns inte i databasen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>Rollen {role} finns inte. Välj en av: {roles}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Markera minst en roll som är med på avstämningen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+126" />
      <source>Avstämningen är redan avslutad. Starta den igen för att fortsätta.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+33" />
      <source>Skriv vad som beslutades – fältet får inte vara tomt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Välj vilken roll som är ansvarig för beslutet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Välj ett datum då beslutet senast ska vara genomfört.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Skriv vad chefen behöver ta ställning till – utan patientuppgifter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>Patienten finns inte längre i registret. Uppdatera tavlan (F5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+76" />
      <source>Okänt utfall för granskningen av ett beslut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Beslutet är redan klart. Öppna det igen genom att ändra det.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Välj det nya datumet för beslutet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Det nya datumet har redan passerat. Välj i dag eller senare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+61" />
      <source>Skriv svaret – fältet får inte vara tomt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Skriv vem som svarade, till exempel 'Eva Strand, enhetschef'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Beslutet är inte lyft till månadsmötet, så det finns inget svar att registrera. Lyft det först.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Välj orsaken till uppföljningen i listan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Välj vem som följer upp i listan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Välj ett datum då uppföljningen senast ska vara gjord.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+40" />
      <source>Telefonuppföljningen efter utskrivning ändras där samtalet registreras, inte här.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/storage/rows.py" line="+179" />
      <source>Beslutet finns inte längre i databasen. Uppdatera tavlan (F5).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Uppföljningen finns inte längre i databasen. Uppdatera tavlan (F5).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>identity</name>
    <message>
      <location filename="../../huddle/domain/identity.py" line="+70" />
      <source>Personnummer saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+31" />
      <source>Personnumret har bara 9 siffror: troligen försvann en inledande nolla när filen öppnades och sparades i Excel. Ta en ny export och spara den inte i Excel, eller formatera kolumnen som text innan du sparar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Personnumret är skrivet som ett tal i exponentform, så siffror har gått förlorade när filen sparades i Excel. Ta en ny export, eller formatera kolumnen som text innan du sparar.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Personnumret har fel form; väntat ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN, samordningsnummer eller reservnummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Personnumret har fel kontrollsiffra.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Personnumret innehåller ett omöjligt datum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Personnumret har ett födelsedatum i framtiden.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../huddle/commands/importing.py" line="+37" />
      <source>{name} är redan importerad ({when}); inget ändrades.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{name}: {rows} rad läst ({read_as}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{name}: {rows} rader lästa ({read_as}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>  Godtagna {accepted}, avvisade {rejected}, andra vårdcentraler {other}, dubbletter {duplicates}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>  Ärenden: {new} nya, {updated} ändrade, {unchanged} oförändrade, {gone} borta ur exporten.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>andra vårdcentraler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Avvisade rader:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>  Rad {line}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/storage/imports.py" line="+205" />
      <source>Vårdcentralen är inte inställd, så det går inte att välja ut dess patienter ur exporten. Ställ in vårdcentralens namn först.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+24" />
      <source>Raden har {n} fält men rubrikraden {m}, så kolumnerna är förskjutna. Rätta raden eller ta en ny export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Ett citattecken (") i raden stängs aldrig, så raden (och kanske raderna efter den) har slagits ihop. Rätta raden eller ta en ny export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+34" />
      <source>Exporten innehåller bara {now} mot {previous} förra gången, så {missing} skulle markeras som borta. Filen är troligen avkortad; inget har importerats. Ta en ny export, eller importera med --allow-shrink om listan verkligen har krympt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+65" />
      <source>Kopplingen saknar {columns}. Välj en kolumn i filen för var och en av dem.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+39" />
      <source>{name} har bara en kolumn. Den är kanske inte en export ur SAMSA, eller så används en avgränsare som inte känns igen (semikolon, komma och tabb går bra).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Kolumnerna i {name} känns inte igen: {missing} saknas. Öppna filen med Importera i appen och koppla kolumnerna en gång; kopplingen sparas för filer med samma rubrikrad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+123" />
      <source>{name} ändrades medan den lästes in; en export skrivs kanske fortfarande. Inget har importerats. Vänta tills exporten är klar och försök igen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+51" />
      <source>Arkivmappen {folder} kunde inte skrivas ({error}). Kontrollera att du har behörighet att skriva bredvid databasen och att disken inte är full.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-30" />
      <source>{n} ärende</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{n} ärenden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Exporten gäller {as_of}, men en nyare SAMSA-export (från {latest}) är redan importerad. En äldre export skulle spela upp händelserna baklänges, så inget har importerats. Importera den senaste exporten.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>intake</name>
    <message>
      <location filename="../../huddle/intake/register_lists.py" line="+137" />
      <source>Samtycke: skriv Ja eller Nej.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>CFS-nivå saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>CFS: ingen nivå; skriv en siffra 1–9.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+26" />
      <source>{column}: ligger i framtiden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Raden har fler fält än rubrikraden; troligen ett skiljetecken i ett fält utan citattecken. Rätta raden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Skattningsdatum saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Skattningsdatumet ligger före födelsedatumet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Version: okänd skalversion; använd 2.0 eller 1.2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Plats: okänd; skriv VC eller Akutmottagning.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>Datum saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Datum: ligger före födelsedatumet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Registrerat av saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-26" />
      <source>Besöksdatum saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/intake/layout.py" line="+118" />
      <location filename="../../huddle/intake/samsa.py" line="+191" />
      <location filename="../../huddle/intake/table.py" line="+166" />
      <source>Kolumn {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/intake/samsa.py" line="+25" />
      <source>Raden har {n} fält men rubrikraden bara {m}; troligen ett skiljetecken i ett fält utan citattecken. Rätta raden eller ta en ny export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Inskrivningsdatum saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>{column}: före inskrivningsdatumet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/intake/sniff.py" line="+65" />
      <source>Filen {path} finns inte. Kontrollera namnet och mappen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{path} är en mapp, inte en fil. Välj exportfilen i mappen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Filen {path} får inte läsas (behörighet saknas). Stäng den i Excel eller kopiera den till en mapp där du har behörighet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <location filename="../../huddle/intake/table.py" line="+198" />
      <location filename="../../huddle/intake/workbook_limits.py" line="+114" />
      <source>Filen {path} kunde inte läsas: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+73" />
      <source>Filen {path} är tom. Ta en ny export ur SAMSA och försök igen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>OpenDocument stöds inte – spara som .xlsx eller .csv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>{name} är en äldre Excel-fil (.xls) som inte kan läsas. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx) eller CSV, och importera den filen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/intake/table.py" line="-212" />
      <source>Excel-arbetsbok, bladet {sheet}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>CSV, {encoding}, avgränsare {delimiter}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+95" />
      <source>{name} kunde inte läsas från rad {line}: ett fält är orimligt långt, troligen ett citattecken (") som aldrig stängs. Rätta filen eller ta en ny export ur SAMSA.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+107" />
      <source>{name} har en rad som är längre än {limit} MB, så den har inte lästs. Filen är skadad eller ingen export; ta en ny export ur SAMSA.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>{name} innehåller ingen text som kan läsas som en tabell.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+64" />
      <location filename="../../huddle/intake/workbook_limits.py" line="-47" />
      <source>{name} går inte att öppna som Excel-arbetsbok; den kan vara skadad eller ha fel filändelse. Öppna den i Excel och spara den igen, eller spara den som CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+23" />
      <source>Arbetsboken {name} har inga blad med tabeller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Bladet {sheet!r} finns inte i {name}. Bladen heter: {sheets}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Bladet {sheet} i {name} är tomt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>{name} går inte att läsa som Excel-arbetsbok; den kan vara skadad. Öppna den i Excel och spara den igen, eller spara den som CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>{name} kunde inte läsas till slut; den kan vara skadad. Öppna den i Excel och spara den igen, eller spara den som CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/intake/values.py" line="+82" />
      <source>{column}: längre än {limit} tecken. Rätta cellen eller ta en ny export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>{column}: består bara av osynliga tecken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{column}: längre än {limit} tecken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>{column}: skrivet som ett tal i exponentform, så siffror har gått förlorade när filen sparades i Excel. Ta en ny export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>{column}: inget möjligt datum (den dagen eller tiden finns inte).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+51" />
      <source>{column}: inget giltigt datum; skriv till exempel 2026-11-22 eller 2026-11-22 08:15.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+53" />
      <source>{column}: ska vara Ja, Nej eller tomt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/intake/workbook_limits.py" line="-7" />
      <source>{name} skulle bli orimligt stor när den packas upp (mer än en export ur SAMSA kan vara), så den har inte öppnats. Filen är skadad eller ingen export; ta en ny export, eller spara en mycket stor export som CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>{name} innehåller XML som Excel aldrig skriver, så den har inte öppnats. Öppna den i Excel och spara den igen, eller spara den som CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>{name} har en cell som är längre än en Excel-cell kan vara, så den har inte öppnats. Filen är skadad eller ingen export ur SAMSA; ta en ny export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>{name} har celler långt utanför det en export använder (bortom kolumn ZZ eller rad {rows}), så den har inte lästs. Ta en ny export, eller spara den som CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>{name} har fler än {rows} rader eller {cells} celler, mer än en export ur SAMSA kan ha, så den har inte öppnats. Spara en så stor export som CSV.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>location</name>
    <message>
      <location filename="../../huddle/storage/location.py" line="+89" />
      <source>nätverksenhet (UNC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>nätverksenhet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>log_review</name>
    <message>
      <location filename="../../huddle/commands/log.py" line="+17" />
      <source>Ett loggutdrag gäller en patient: ange --patient med patientens personnummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Filen {out} ska sluta på .pdf, till exempel --out loggutdrag.pdf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+21" />
      <source>Loggutdraget skrivet till {path}: {rows} rader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Loggen skriven till {path}: {rows} rader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>Ingen patient i registret passar sökningen. Sök på personnummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Sökningen passar {n} patienter; ett loggutdrag gäller en. Sök på personnummer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Inga rader i loggen passar sökningen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{n} rader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>1 rad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>{n} patienter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>1 patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>
{rows} ({counts}); {users} användare, {patients}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/log_csv.py" line="+36" />
      <source>Loggutdraget kunde inte sparas som {path} ({reason}). Stäng filen om den är öppen i ett annat program, eller välj en annan mapp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/log_extract.py" line="+45" />
      <source>från {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>till och med {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>hela loggen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Loggutdrag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Innehåller patientuppgifter (patientdatalagen) · Utdraget gjort {day} kl {time} · Huddle {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Vårdcentral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Utdrag ur Huddles åtkomstlogg för en patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Loggutdrag – vem har tagit del av uppgifterna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Ur Huddles åtkomstlogg, {centre}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+82" />
      <location line="+16" />
      <source>Åtgärd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-97" />
      <source>alla</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Utdraget gjort</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>{day} kl {time} av {user}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Sammanfattning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Varje åtkomst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ingen har tagit del av patientens uppgifter i Huddle under perioden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Vem är den användare som loggades in på datorn; arbetsstation är datorns namn. Visa betyder att uppgifterna visades på skärmen, Ändra att något registrerades, Skriv ut och Exportera att de skrevs ut eller sparades till fil. Loggen kan inte ändras i efterhand och sparas i minst {years} år.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Inga åtkomster under perioden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{rows} av {users} från {stations}, den första {first} och den senaste {last}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>åtkomst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>åtkomster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+1" />
      <source>användare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>arbetsstation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>arbetsstationer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>{day} kl {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>Patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Personnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Antal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+15" />
      <source>Var i Huddle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-2" />
      <source>När</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Vem (användare)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Arbetsstation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/storage/access_review.py" line="+107" />
      <source>Från-datumet {first} ligger efter till-datumet {last}. Välj en period där från kommer före till.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Åtgärden {action} finns inte i loggen. Välj en av: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Personnumret i sökningen går inte att läsa: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+27" />
      <source>Finns inte i registret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+68" />
      <source>Namnet passar {n} patienter. Skriv mer av namnet, eller sök på personnummer.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>logs</name>
    <message>
      <location filename="../../huddle/logs.py" line="+84" />
      <source>huddle: Loggfilen {path} kan inte skrivas ({reason}); Huddle fortsätter utan loggfil.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>patients</name>
    <message>
      <location filename="../../huddle/storage/rows.py" line="-90" />
      <source>Patienten finns inte längre i registret. Uppdatera listan och försök igen.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <location filename="../../huddle/domain/disclosure.py" line="+83" />
      <source>{name}, {age} år</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>under 60 år</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>100 år eller äldre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{low}–{high} år</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Patient utan samtycke</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Patient utan samtycke {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Namn saknas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>identitet lämnas av äldre-ssk</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>qt_consent_confirm</name>
    <message>
      <location filename="../../huddle/ui/qt_consent_confirm.py" line="+53" />
      <source>Samtycke saknas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Patienten har inget registrerat samtycke till att kommunen tar del av uppgifterna. Har patienten gått med på att {organisation} får det här?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Din bekräftelse skrivs i loggen. Registrera gärna samtycket i patientens uppgifter, så slipper du frågan nästa gång.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>&amp;Ja, patienten har gått med på det</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>&amp;Nej, ändra</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>qt_forms</name>
    <message>
      <location filename="../../huddle/ui/qt_forms.py" line="+60" />
      <source>om </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source> d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>Felmeddelande</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Spara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Vad behöver chefen ta ställning till?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Frågan läses på chefernas månadsmöte och skrivs ut i rapporterna. Skriv den utan patientuppgifter: inga namn, personnummer, adresser eller anhöriga.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>qt_import_dialog</name>
    <message>
      <location filename="../../huddle/ui/qt_import_dialog.py" line="-11" />
      <source>Importera SAMSA-export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>SAMSA-export (*.csv *.txt *.tsv *.xlsx *.xlsm);;Alla filer (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>qt_room</name>
    <message>
      <location filename="../../huddle/ui/qt_room.py" line="+91" />
      <source>Skärmen visas nu för rummet, och rummet får inte se uppgifterna om {label}. Det du har skrivit finns kvar: tryck F9 för att fortsätta på Endast din skärm, eller Esc för att stänga utan att spara.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>register</name>
    <message>
      <location filename="../../huddle/storage/register.py" line="+280" />
      <source>Skriv patientens namn (Efternamn, Förnamn).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Namnet är längre än 200 tecken. Skriv det kortare.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Patienten finns redan i registret; sök fram hen i stället.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+134" />
      <source>Okänd yrkesroll.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+37" />
      <source>SIP:en finns inte längre; stäng fönstret och öppna det igen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+107" />
      <source>Telefonuppföljningen finns inte längre. Uppdatera tavlan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Samtalet är redan registrerat ({when}, {by}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Välj utfall: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Skriv vem som ringde.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Samtalstiden {when} ligger i framtiden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Samtalet kan inte ha skett före utskrivningen ({when}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <location filename="../../huddle/commands/report.py" line="-19" />
      <location line="+55" />
      <source>Filen {out} ska sluta på .pdf, till exempel --out {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-44" />
      <source>{title} {period} ({count} vårdcentraler) skriven till {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+65" />
      <source>{title} {period} skriven till {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Måtten för {period} skrivna till {path}, ett mått per rad.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../huddle/reports/charts.py" line="+69" />
      <source>Inga uppgifter ännu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+26" />
      <source>senast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-6" />
      <source>mål</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/files.py" line="+63" />
      <source>Rapporten kunde inte sparas som {path} ({reason}). Stäng filen om den är öppen i ett annat program, eller välj en annan mapp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/format.py" line="+47" />
      <source>av</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>{day} kl. {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/pdf.py" line="+100" />
      <source>Typsnittet för rapporterna saknas i {folder}. Installera om Huddle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+111" />
      <source>Sida {page} av {pages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Kvartalssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Årssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Månadssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Veckosammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Vårdcentral (namn saknas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Skapad {made} · Huddle {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Endast antal och andelar, inga patientuppgifter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Daglig avstämning: sammanställning för chefer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+50" />
      <location line="+3" />
      <location filename="../../huddle/reports/pdf_overview.py" line="+87" />
      <location line="+150" />
      <source>Mått</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-3" />
      <location line="+3" />
      <location filename="../../huddle/reports/pdf_overview.py" line="-26" />
      <source>Värde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-3" />
      <location filename="../../huddle/reports/pdf_overview.py" line="-111" />
      <source>Mål</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Kvartalets uppföljning: månaderna sammanlagda, Nära vårds indikatorer som lokal uppskattning och läget vid kvartalets slut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Årets sammanställning av samverkan kring de sköra äldre: årets månader sida vid sida, mål som nåtts, eskalationer och svaren på dem.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Underlag för månadsmötet mellan första linjens chefer: samverkan, följsamhet till CFS och SIP, processtatistik för in- och utskrivning och behov av uppföljning i hemmet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Veckans dagliga avstämningar sammanfattade. Det som behöver chefernas beslut står under Eskalationer och lyfts till månadsmötet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Rapporten innehåller bara antal och andelar: inga namn, personnummer eller andra uppgifter som pekar ut en patient.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Perioden pågår: siffrorna gäller till och med {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Antal under perioden är summan av månaderna; andelar och medel är räknade om från de summerade delarna; medianer och antal olika ärenden gäller hela perioden; det som står 'vid periodens slut' gäller sista dagen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+20" />
      <source>Dagliga avstämningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Arbetsdagar (måndag–fredag utom helgdagar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Hållna avstämningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Arbetsdagar med avstämning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Längd, median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Längd, längsta</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Avslutade inom {n} minuter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Närvaro per roll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Roll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Avstämningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Andel av hållna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Fattade under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Avslutade under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Öppna vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>varav försenade (passerat sista datum)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Lyfta till chefer under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Besvarade under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Obesvarade vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Dagar från eskalering till svar, median</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Eskalationer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>(ingen fråga angiven till cheferna)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Till:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Obesvarad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Eskalationer med svar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Lyft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Ansvarig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Svar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Fråga till cheferna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Listan tar med det som lyfts under perioden, det som besvarats under perioden och allt som ännu är obesvarat. Namn i fritext är ersatta med [namn].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>SAMSA – in- och utskrivning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Inskrivningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Utskrivningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Vårdtillfällen med utskrivningsklara dagar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Utskrivningsklara dagar, totalt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+132" />
      <source>Utskrivningsklara dagar, medel per vårdtillfälle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-131" />
      <location line="+133" />
      <source>Flyttade planerade utskrivningsdatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-132" />
      <source>Ärenden med flyttat datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <location line="+132" />
      <source>Återinskrivningar inom 30 dagar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-131" />
      <source>… per utskrivning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>… bland {band}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Utskrivningsklara dagar utöver kommunens betalningsansvar ({n} dagar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Vårdtillfällen med dagar utöver betalningsansvaret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Utskrivningsklara med SIP-kallelse inom {n} dagar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Utskrivningar med fast vårdkontakt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Inneliggande vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>… varav utskrivningsklara och väntar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Utskrivningsklara dagar räknas över vårdtillfällen som avslutats under perioden, kalenderdagar från utskrivningsklar till utskriven, och bara vårdtillfällen med minst en dag (det nationella måttet). Ett flyttat datum är en ändring från ett datum till ett annat mellan två importer; ett datum som sätts för första gången räknas inte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>Telefonuppföljning inom {hours} timmar efter utskrivning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Samtal som skulle ringas under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ringda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Ringda i tid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Inte ringda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Orsak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <location line="+2" />
      <source>Nya behov</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Vem följer upp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Uppföljning i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Nya behov under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Behov med sista datum under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Klara senast sista datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Försenade och ej klara vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Akutbesök, 80 år och äldre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Besök på akutmottagning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Olika personer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Patienter 80+ i registret vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Besök per 1 000 patienter 80+</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Besök enligt den senaste besöksimporten; åldern räknas på besöksdagen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>CFS och SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Patienter med CFS-skattning vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Skattningar registrerade under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Patienter med CFS {low}–{high} vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>SIP kallade under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>SIP genomförda under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>SIP uppföljda under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Tackat nej till SIP under perioden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Patienter i kommunal hälso- och sjukvård (nu)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>… med giltig SIP vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>… med uppföljd SIP vid periodens slut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+24" />
      <source>Avstämningar avslutade inom {n} minuter (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+29" />
      <source>Heldragen linje med punkter: månadens värde. Streckad linje: medianen för månaderna i diagrammet, från sex månader med värden. Prickad linje: mål. * = månaden pågår. Månader innan Huddle togs i bruk saknar punkt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-69" />
      <source>Senaste skattning äldre än {n} månader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>… med giltig SIP (genomförd eller uppföljd inom {n} månader)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Patienter per CFS-nivå (senaste skattningen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Nivå</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Benämning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+0" />
      <source>Patienter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+19" />
      <source>Arbetsdagar med avstämning (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Telefonuppföljning i tid (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>CFS {low}–{high} med giltig SIP (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Uppföljning i hemmet klar i tid (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Trender – de senaste 12 månaderna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/period.py" line="+66" />
      <source>vecka {week} {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>kvartal {quarter} {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>år {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+93" />
      <source>Perioden {text!r} ligger utanför de år Huddle sammanställer. Välj ett år mellan {low} och {high}, till exempel 2026.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+16" />
      <source>Vecka {week} finns inte år {year}. Välj en vecka mellan 1 och {weeks}, till exempel {year}-W01.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Veckan {text!r} går inte att läsa. Skriv den som ÅÅÅÅ-Wvv, till exempel 2026-W47.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+13" />
      <source>Månaden {text!r} finns inte. Månaden skrivs med 01–12, till exempel 2026-11.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Månaden {text!r} går inte att läsa. Skriv den som ÅÅÅÅ-MM, till exempel 2026-11.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Kvartalet {text!r} går inte att läsa. Skriv det som ÅÅÅÅ-Qn med n mellan 1 och 4, till exempel 2026-Q4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Året {text!r} går inte att läsa. Skriv det med fyra siffror, till exempel 2026.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/scrub.py" line="+82" />
      <source>[id borttaget]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>[datum]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>[telefon]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>[adress]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>[namn]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/compute.py" line="+216" />
      <source>Perioden {label} har inte börjat än, så det finns inget att sammanställa. Välj en period som har börjat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/reports/pdf_overview.py" line="-43" />
      <source>Inga uppgifter för {label}: ingen avstämning, ingen SAMSA-import och inga beslut under perioden. Siffrorna nedan är därför inte nollor utan saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+20" />
      <source>under målet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>Föregående: {previous}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Föregående: {previous}. Samma period i fjol: {before}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>Läget i korthet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-15" />
      <source>Föregående</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Samma period i fjol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>{mark} = målet nås inte. Målen är inställningar (Inställningar → Mål i rapporterna); 'inga uppgifter' betyder att Huddle inte har data för hela den perioden (en period som började innan Huddle togs i bruk jämförs inte).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>Avstämning hölls varje arbetsdag under perioden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Arbetsdagar utan avstämning ({n}): {days}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+11" />
      <source>Underlag: {n} SAMSA-importer under perioden, den första med exporttid {first} och den senaste {last}. Arbetsdagar utan import: {gaps}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Underlag: ingen SAMSA-import under perioden, så siffrorna för in- och utskrivning saknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+6" />
      <source>Rapporten för perioden gjordes senast {made}; nyckeltalen är desamma.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Siffrorna har ändrats sedan rapporten för perioden gjordes {made} (en senare export har kommit): {changes}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Ytterligare {n} mått har ändrats.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+49" />
      <source>Nära vård – Socialstyrelsens indikatorer, lokal uppskattning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Indikator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>Så räknar Huddle (lokal uppskattning)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>Värdena är vårdcentralens egen uppskattning ur Huddles data, inte Socialstyrelsens officiella siffror. Saknas i data: {missing}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>Mål nått</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>{n} av {m}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+18" />
      <source>{month} pågår: siffrorna gäller till och med {day}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Årets månader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="-12" />
      <source>Andelar i hela procent. {mark} = målet nås inte den månaden. – = inga uppgifter (månaden före Huddle togs i bruk eller ännu inte börjad).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <location filename="../../huddle/commands/settings.py" line="+44" />
      <source> (standard: {default})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+41" />
      <source>{label} ({key}) är nu {value} (var {before}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../huddle/domain/settings.py" line="+153" />
      <source>Det finns ingen inställning som heter {key}. Alla inställningar visas med 'huddle settings list'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+25" />
      <source>{label}: {text} är inget heltal. Skriv ett heltal, till exempel {example}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+17" />
      <source>{label}: {text} är inget tal. Skriv ett tal, till exempel {example}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>{label}: skriv ja eller nej (eller true/false, 1/0).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+20" />
      <source>{label} ska vara mellan {low} och {high}; {value} går inte.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>{label} får inte vara tomt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>{label} får vara högst {n} tecken långt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>ett heltal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ett tal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ja eller nej</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>en text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>ett reguljärt uttryck</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>en lista med texter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+1" />
      <source>en lista med heltal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>{label} ska vara {wanted}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+32" />
      <source>{label} ska ha {n} värden åtskilda med komma, till exempel {example}; {count} är fel antal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+22" />
      <source>{label}: {pattern} är inget giltigt reguljärt uttryck (felet sitter vid tecken {n}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>»{lower}« ({low}) måste vara lägre än »{higher}« ({high}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <location filename="../../huddle/commands/setup.py" line="+7" />
      <source>Vårdcentralens namn får inte vara tomt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+15" />
      <source>{name} är inställd i {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+10" />
      <source>--days måste vara mellan 1 och 3650.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>Demodatabas skriven till {path}: {summary}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+12" />
      <source>--patients måste vara mellan 100 och 200 000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+2" />
      <source>--years måste vara mellan 1 och 10.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+8" />
      <source>Demodatabas skriven till {path} på {seconds:.0f} s: {summary}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+14" />
      <source>Filen {path} finns redan och är ingen demodatabas, så den skrivs inte över. Välj ett annat filnamn för demot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+4" />
      <source>Databasen {path} innehåller {real} riktiga patienter och skrivs inte över av demot. Välj ett annat filnamn för demot.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sip</name>
    <message>
      <location filename="../../huddle/domain/sip.py" line="+155" />
      <source>Okänt SIP-läge {state}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+3" />
      <source>Ange datum för "{what}".</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+5" />
      <source>{what} ({day}) ligger i framtiden.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+9" />
      <source>{what} ({day}) kan inte vara före {earlier} ({earlier_day}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location line="+7" />
      <source>En uppföljd SIP behöver också datum för mötet (genomförd).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>  CFS-skattningar: {new} nya, {unchanged} fanns redan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>  Besök: {new} nya, {unchanged} fanns redan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>  Samtycken: {new} registrerade, {unchanged} fanns redan eller är äldre än vårdcentralens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>andra vårdcentraler</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ej i registret och inte mångsökare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>patienter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>vårdtillfällen i SAMSA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SAMSA-händelser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CFS-skattningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>avstämningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>uppföljningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rader i åtkomstloggen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ändra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skriv ut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exportera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tavlan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tavlan i rumsläge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Projektorn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Registret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Att planera</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patientuppgifter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avstämningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Åtgärdslista</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kommandoraden</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rapport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loggranskning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Säkerhetskopia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppföljning i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telefonuppföljning inom 72 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patienter i SAMSA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sköra äldre (CFS) – samordning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Läkemedelsgenomgång</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hembesök av distriktssköterska</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Boka SIP-möte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telefonuppföljning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kontakta anhörig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Se över hjälpmedel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utöka hemtjänst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fallriskbedömning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nutritionsbedömning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppdatera vårdplan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remiss till förebyggande team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skatta CFS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fallrisk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Läkemedel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Efter utskrivning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nytt behov av hemtjänst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nutrition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ensamhet/socialt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hjälpmedel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mycket vital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vital</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Klarar sig bra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mycket lätt skörhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lätt skörhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Måttlig skörhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Allvarlig skörhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mycket allvarlig skörhet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Terminalt sjuk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Robust, aktiv, energisk och motiverad. Tränar regelbundet; bland de mest vitala i sin ålder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inga aktiva sjukdomssymtom men mindre vital än nivå 1. Tränar eller är aktiv ibland.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medicinska problem är välkontrollerade men personen är inte regelbundet aktiv utöver vanlig promenad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inte beroende av andra i vardagen, men symtom begränsar ofta aktiviteter. Klagar ofta på att vara långsam eller trött.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tydligare långsam; behöver hjälp med krävande aktiviteter som ekonomi, transporter, tungt hushållsarbete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behöver hjälp med alla utomhusaktiviteter och med hushållet; ofta problem med trappor och behöver hjälp vid bad.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Helt beroende av andra för personlig vård, av fysiska eller kognitiva skäl. Stabil, inte hög risk att dö inom 6 månader.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Helt beroende, närmar sig livets slut. Återhämtar sig oftast inte ens från en lindrig sjukdom.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Förväntad överlevnad under ca 6 månader, utan annan uttalad skörhet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Förebyggande team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIP och daglig avstämning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trygg hemgång</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Erbjud hälsosamtal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Screening via förebyggande team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ta upp vid daglig avstämning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trygg hemgång med telefonuppföljning inom 72 h om ej inskriven i kommunal hälso- och sjukvård</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppdaterad vårdplan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Korrekt läkemedelslista</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hjälpmedel på plats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Läkare för hembesök dygnet runt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samtycke finns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samtycke saknas (nej)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samtycke ej registrerat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nej registrerat på vårdcentralen, men SAMSA säger Ja – vårdcentralens nej gäller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SAMSA säger Nej efter vårdcentralens Ja – visas utan identitet tills du bekräftar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SAMSA säger Nej, men vårdcentralen registrerade Ja senare – vårdcentralens ja gäller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>januari</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>februari</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mars</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>april</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>maj</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>juni</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>juli</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>augusti</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>september</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>oktober</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>november</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>december</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>feb</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>mar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>apr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>jul</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>aug</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>okt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nov</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dec</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>måndag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tisdag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>onsdag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>torsdag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>fredag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lördag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>söndag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skyddad identitet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behöver hembesök</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behöver vårdplanering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behöver läkemedelsgenomgång</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ej nådd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hembesök efter telefonuppföljning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vårdplanering efter telefonuppföljning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Läkemedelsgenomgång efter telefonuppföljning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ej nådd vid telefonuppföljning – ring igen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ej ringd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ej ringd – försenad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ringd i tid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ringd för sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open_decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Öppna beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sedan förra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Klart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nytt datum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lyft till månadsmöte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behålls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Månadsmöte (första linjens chefer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vårdcentralen (äldre-ssk, läkare, rehab)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Biståndshandläggare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kommunal hälso- och sjukvård</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hemtjänst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Äldre-sjuksköterska</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Läkare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rehab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Distriktsläkare/sjuksköterska/rehab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kommunal primärvård</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Digital uppföljning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sjuksköterska</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arbetsterapeut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fysioterapeut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inskriven på sjukhus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planerat utskrivningsdatum satt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Planerat utskrivningsdatum flyttat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskrivningsklar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskriven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIP-kallelse skickad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samtycke ändrat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skyddad identitet ändrad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saknas i senaste exporten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Åter i exporten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Återinskriven inom 30 dagar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ärendet avbrutet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vårdcentralen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskrivning och SAMSA</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sköra äldre (CFS och SIP)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mångsökare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mål i rapporterna</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import, arkiv och säkerhetskopior</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vårdcentralens namn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Andra stavningar i SAMSA-exporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kommun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vårdcentralens kod i regionens uppföljning (t.ex. HSA-id)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avstämningens längd (minuter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tidsrutor per del (minuter)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Julafton, midsommarafton och nyårsafton är lediga dagar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kommunens betalningsansvar efter utskrivningsklar (dagar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIP-kallelse senast (dagar efter utskrivningsklar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nyligen utskriven (dagar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIP giltig (månader efter genomförd/uppföljd)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIP-möte ska hållas inom (dagar efter kallelse)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CFS ska skattas om efter (månader)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CFS upp till denna nivå: förebyggande team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CFS upp till denna nivå: SIP och daglig avstämning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CFS är validerad från denna ålder (år)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Försämrad CFS tas upp inom (dagar efter skattningen)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sköra äldre: nyinlagd (dagar efter inskrivning)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sköra äldre: nyss hemkommen (dagar efter utskrivning)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sköra äldre: planeringsärenden per dag på tavlan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telefonuppföljning efter utskrivning inom (timmar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mångsökare: besök på VC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mångsökare: under dagar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mångsökare: besök på akutmottagning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mångsökare: under månader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mål: ringda inom 72 timmar (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mål: CFS 5–6 med giltig SIP (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mönster för reservnummer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Misstänkt avkortad export under andel av förra</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importerade filer sparas i arkivet (månader)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Antal automatiska dagliga säkerhetskopior</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behov upptäckt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kallad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Genomförd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppföljd</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avslutad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tackat nej</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ingen SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>UTF-8 med BOM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows-1252</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>semikolon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tabb</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>komma</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dagliga avstämningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Närvaro per roll (andel av hållna avstämningar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eskalationer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SAMSA – in- och utskrivning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telefonuppföljning efter utskrivning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Besök på akutmottagning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arbetsdagar med avstämning (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hållna avstämningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telefonuppföljning i tid (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Telefonuppföljningar som skulle ringas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CFS 5–6 med giltig SIP (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SIP-kallelse i tid efter utskrivningsklar (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskrivningsklara dagar, medel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskrivningsklara dagar utöver betalningsansvaret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Återinskrivningar inom 30 dagar per utskrivning (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inskrivningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskrivningar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskrivningsklara dagar, totalt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Återinskrivningar inom 30 dagar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Flyttade planerade utskrivningsdatum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppföljning i hemmet klar i tid (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut fattade</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yngre än 65 år</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>65–79 år</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>80 år och äldre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>inga uppgifter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Oplanerad återinskrivning inom 30 dagar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Besök på akutmottagning, 80 år och äldre, per 1 000</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samverkande hälso- och sjukvård i hemmet med SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>… och med uppföljd SIP</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Andel med fast vårdkontakt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inskrivningar under kvartalet 0–30 dagar efter samma patients förra utskrivning, per utskrivning under kvartalet. SAMSA skiljer inte planerade från oplanerade: alla räknas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Akutbesök under kvartalet av patienter som var 80 år eller äldre, per 1 000 patienter 80+ i Huddles register vid kvartalets slut (inte alla listade invånare).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patienter inskrivna i kommunal hälso- och sjukvård med SIP genomförd eller uppföljd inom giltighetstiden, vid kvartalets slut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Av samma patienter: de vars senaste SIP har följts upp inom giltighetstiden, vid kvartalets slut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Utskrivningar under kvartalet där SAMSA-ärendet anger en fast vårdkontakt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tillgång till läkare på särskilt boende</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Läkarkontinuitet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Andelen med fast läkarkontakt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Andel patienter med dokumenterad medicinsk vårdplan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Olämpliga läkemedel bland patienter med hälso- och sjukvård i hemmet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tillstånd ca två veckor före det akuta insjuknandet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Okänt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ja, inskriven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nej, inte inskriven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gå igenom tavlan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut och uppföljning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Granska öppna beslut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Register, import och rapporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starta avstämningen, eller ändra närvaro</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avsluta avstämningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nästa del av dagordningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Föregående del av dagordningen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nästa patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Föregående patient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Öppna patientens uppgifter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nytt beslut för patienten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ny uppföljning i hemmet för patienten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ändra markerat beslut eller uppföljning (och svar)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behåll som det är</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ångra senaste granskningen av beslutet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sök patient i registret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Att planera – sköra äldre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Importera SAMSA-export, CFS-lista eller besökslista</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Vecko- och månadssammanställning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rumsläge: skärmen visas för rummet / endast din skärm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Projektorfönster på/av (en skärm: i förgrunden, Esc tillbaka)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visa för: nästa organisation – markera det den har på tavlan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppdatera tavlan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Helskärm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visa kortkommandona</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut: vad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut: ansvarig roll</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut: namn på ansvarig</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut och uppföljning: senast (datum)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut: lyft till månadsmöte</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut: mottagare av eskaleringen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut: svaret på eskaleringen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Beslut: svaret är från / Uppföljning: vem följer upp</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppföljning: orsak</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppföljning: anteckning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uppföljning: gjord – stäng den</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Datum: en dag fram eller tillbaka (Page Up/Down: en vecka)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start: kryssa i roll (Alt+siffra)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spara</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Esc</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Avbryt</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>