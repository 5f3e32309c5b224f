article-kz-passport-confiscation =
    .title = When someone keeps your passport
    .summary = If an official or an employer keeps your passport, ask for a written record. Reports say that migrant workers' passports are often taken by employers. When an office may keep a passport is not confirmed.
    .keywords = passport taken, passport withheld, confiscated passport, seized passport, boss took my passport, employer has my passport, get passport back, passport held, middleman, confiscation, police took my passport, won't return my passport, agent kept my passport, recruiter, office kept passport, passport retention
    .unverified = Not confirmed: whether foreigners must carry their passport under the current rules, when the police or another office may take or keep a passport, and whether an office may keep your passport while your residence card is being made.
    .body =
        ## What is known
        - The human rights group FIDH reported in 2009 and in 2018 that migrant workers' passports were taken, by employers or middlemen.
        - In 2016 the UN Human Rights Committee named the taking of identity documents among the abuses migrant workers suffer at work, together with forced labour, poor conditions and late pay.
        - For permanent residence and the temporary residence permit, the official lists ask for a copy of your passport and the original **"for verification"**. No text we read says whether the original is given back at once, or may be kept while your papers are processed.

        ## What is not confirmed
        We have not confirmed when the police or another office may take or keep a passport under the current rules. An old rule from 2000 said that foreigners on a temporary stay had to carry their passport. That rule was repealed.

        ## A real case
        A permanent resident from Mali was waiting for the renewal of his residence papers. During that time his passport was with the migration office, and he could not work.

        > [!WARNING]
        > If someone keeps your passport, ask for a paper that says who took it, when and why, before you leave. If they refuse, write down the names, the time and the place. Without a record, you cannot prove where your passport is.

        ## What to do now
        1. Before you hand in your passport anywhere, take photos of all its pages and save them in the app's vault.
        2. If an official keeps it, ask for a written record: the official's name and position, the office, the date, the reason, the legal act, and when you get the passport back. Show the officer card "A written record that you keep my passport".
        3. When you hand in documents for permanent residence or a residence card, show the officer card "Please check my original passport and return it".
        4. If they refuse, write down the name, the place and the time. Hand in a [written appeal](article:kz-written-appeal) and keep the slip.
        5. You can complain to the prosecutor's office in your own language: see [complaining to the prosecutor's office](article:kz-prosecutor-complaint).
        6. If your employer keeps your passport, write down the date and the name, and ask for help: see [legal aid](article:kz-legal-aid). You can also contact your consulate.
        7. If someone asks for money to give your passport back, do not pay. Call **1424**.
