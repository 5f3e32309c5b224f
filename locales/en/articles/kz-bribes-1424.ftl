article-kz-bribes-1424 =
    .title = Bribes: never pay cash, call 1424
    .summary = Never pay cash to an official; you can report a demand for a bribe to the anti-corruption line 1424, which is free and open 24 hours a day.
    .keywords = bribe, bribery, corruption, corrupt police, extortion, officer wants money, pay off police, cash to officer, report corruption, Antikor, anti-corruption agency, hotline, tea money, kitu kidogo, settle the police, police asked for money, pay to be released, under the table, report a bribe
    .body =
        ## Never pay cash to an official
        Migrants in Kazakhstan have reported being asked for bribes. Do not pay.

        - A fine is paid through official channels, such as the egov.kz payment gateway, and you get a receipt.
        - Cash handed to an officer gives you no receipt and no record. You cannot prove you paid.

        ## Call 1424
        - **1424** is the call centre of the Anti-Corruption Service.
        - The call is free.
        - It is open 24 hours a day, 7 days a week.
        - You can also report through an online service on egov.kz, or by post.

        > [!WARNING]
        > Paying cash "to settle it" does not make a problem go away. Without a receipt, you cannot prove anything later.

        ## What to do now
        1. Stay calm. Do not resist, and do not pay.
        2. Ask to see the officer's ID. Write down the name, the place, the date and the time.
        3. If the officer says you broke a rule, ask for it in writing. Read [your rights when a protocol is drawn up](article:kz-protocol-rights).
        4. Call 1424 as soon as you can, and tell them what happened.
        5. Keep your notes and any papers you were given.

        See also [police checks](article:kz-police-checks) and [paying fines](article:kz-paying-fines).
