article-intl-refugees =
    .title = Refugees: the Refugee Convention and UNHCR
    .summary = Kazakhstan joined the Refugee Convention in 1999. UNHCR, the UN Refugee Agency, has worked in Kazakhstan since 1995, with a regional office in Almaty.
    .body =
        ## The Refugee Convention
        The Convention relating to the Status of Refugees is the main international treaty that protects refugees. Kazakhstan **acceded** to it (joined it) in **1999**.

        ## UNHCR in Kazakhstan
        - UNHCR, the UN Refugee Agency, has worked in Kazakhstan since **1995**.
        - Its **Regional Representation for Central Asia** is in **Almaty**.
        - UNHCR has run a legal aid programme in Kazakhstan.

        ## UNHCR's partners in 2016
        - **KIBHR** (Kazakhstan International Bureau for Human Rights and Rule of Law): legal counselling and court representation;
        - **Sana Sezim**: legal help for stateless people;
        - **Red Crescent**: social and medical aid.

        > [!NOTE]
        > This list of partners is from 2016. Check that it is still current.

        ## If you had to flee your country
        If you fled your country and are afraid to go back, ask for legal help as early as you can. Tell your lawyer why you are afraid to return.

        ## What to do now
        1. Contact UNHCR or one of its partners. You find them in the app, under "Where to get help". See also [legal aid](article:kz-legal-aid).
        2. If you have no citizenship of any country, ask Sana Sezim for legal help.
        3. Keep copies of all your documents: see [keep copies of every document](article:intl-keep-copies).
        4. If you are detained, you have rights: see [your rights if you are detained](article:kz-detention-rights).
