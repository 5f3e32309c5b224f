article-intl-refugees =
    .title = Refugees: the Refugee Convention and UNHCR
    .summary = Kazakhstan joined the Refugee Convention in 1999. UNHCR, the UN Refugee Agency, has worked in Kazakhstan since 1995; in 2020 its regional office for Central Asia was in Almaty.
    .keywords = asylum, asylum seeker, refugee status, fled my country, persecution, stateless, Sana Sezim, Red Crescent, KIBHR, UN refugee office, afraid to go home, refugee, 1951 Convention, fled war, displaced person, political refugee, refugee rights, Afghan refugee
    .body =
        ## The Refugee Convention
        The Convention relating to the Status of Refugees is the main international treaty that protects refugees. Kazakhstan decided to join it, and its 1967 Protocol, by a law of 15 December 1998. It **acceded** to them (joined them) on **15 January 1999**.

        ## UNHCR in Kazakhstan
        - UNHCR, the UN Refugee Agency, has worked in Kazakhstan since **1995**.
        - Its **Regional Representation for Central Asia** was in **Almaty** in 2020, according to UNHCR's website.
        - UNHCR has run a legal aid programme in Kazakhstan.

        ## UNHCR's partners, as listed by UNHCR in 2015
        - **KIBHR** (Kazakhstan International Bureau for Human Rights and Rule of Law): legal counselling and court representation;
        - **Sana Sezim**: legal help for stateless people;
        - **Red Crescent**: social and medical aid;
        - **International Association for Social Projects**: education and help to become self-reliant.

        > [!NOTE]
        > This list of partners comes from a UNHCR fact sheet dated December 2015. Check that it is still current.

        ## If you had to flee your country
        If you fled your country and are afraid to go back, ask for legal help as early as you can. Tell your lawyer why you are afraid to return.

        ## What to do now
        1. Contact UNHCR or one of its partners. You find them in the app, under "Where to get help". See also [legal aid](article:kz-legal-aid).
        2. If you have no citizenship of any country, ask Sana Sezim for legal help.
        3. Keep copies of all your documents: see [keep copies of every document](article:intl-keep-copies).
        4. If you are detained, you have rights: see [your rights if you are detained](article:kz-detention-rights).
