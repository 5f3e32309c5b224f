article-kz-passport-confiscation =
    .title = When someone keeps your passport
    .summary = If an official or an employer keeps your passport, ask for a written record. The UN has criticised the taking of passports from migrant workers in Kazakhstan, but the current rules are not confirmed.
    .unverified = Not confirmed: whether foreigners must carry their passport under the current rules, when the police or another office may take or keep a passport, and whether an office may keep your passport while your residence card is being made.
    .body =
        ## What is known
        - The UN Human Rights Committee criticised the taking of passports from migrant workers in Kazakhstan (2016).
        - The human rights group FIDH documented it in 2009, 2016 and 2018.
        - For permanent residence and the residence card, the rules say that your original passport is shown **"for verification"**. Only a copy is filed with your documents.

        ## What is not confirmed
        We have not confirmed when the police or another office may take or keep a passport under the current rules. An old rule from 2000 said that foreigners on a temporary stay had to carry their passport. That rule was repealed.

        ## A real case
        A permanent resident from Mali was waiting for the renewal of his residence papers. During that time his passport was with the migration office, and he could not work.

        > [!WARNING]
        > If someone keeps your passport, do not leave without a paper that says who took it, when and why. Without a paper, you cannot prove where your passport is.

        ## What to do now
        1. Before you hand in your passport anywhere, take photos of all its pages and save them in the app's vault.
        2. If an official keeps it, ask for a written record: the official's name and position, the office, the date, the reason, the legal act, and when you get the passport back. Show the officer card "A written record that you keep my passport".
        3. When you hand in documents for a residence card, show the officer card "My original passport is for verification only".
        4. If they refuse, write down the name, the place and the time. Hand in a [written appeal](article:kz-written-appeal) and keep the slip.
        5. You can complain to the prosecutor's office in your own language: see [complaining to the prosecutor's office](article:kz-prosecutor-complaint).
        6. If your employer keeps your passport, write down the date and the name, and ask for help: see [legal aid](article:kz-legal-aid). You can also contact your consulate.
        7. If someone asks for money to give your passport back, do not pay. Call **1424**.
