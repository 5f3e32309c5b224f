article-intl-regional-treaties =
    .title = Regional treaties on migrants
    .summary = Treaties between CIS countries deal with migrant workers and permanent residents, and Kazakh courts are told to apply them. Whether Kazakhstan has joined the UN convention on migrant workers is not confirmed.
    .keywords = CIS, SNG, Commonwealth of Independent States, CIS convention, Chisinau convention, ICRMW, migrant workers convention, 1998 treaty, international agreement, treaty, Supreme Court resolution, former USSR, post-Soviet countries, permanent residents treaty, Soviet Union, migrant rights convention, family of migrant workers
    .unverified = Kazakhstan was not a party to the UN International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (ICRMW) as of December 2019. A copy of the UN Treaty Collection list of parties, read on 6 December 2026, does not name Kazakhstan, but the date of that copy is not shown, so the current status is not confirmed.
    .body =
        ## The CIS treaties
        - **The CIS Convention on migrant workers**, signed in Chisinau on 14 November 2008.
        - **The 1998 Treaty on the legal status of permanent residents**, between Belarus, Kazakhstan, Kyrgyzstan and Russia.

        ## Courts are told to apply them
        The Supreme Court of Kazakhstan has told courts to apply these treaties (Normative Resolution No. 4 of 2013).

        > [!TIP]
        > If you are a citizen of Belarus, Kyrgyzstan or Russia and live permanently in Kazakhstan, tell your lawyer about the 1998 Treaty. If you are a migrant worker from a CIS country, tell your lawyer about the 2008 Convention.

        ## The UN convention on migrant workers
        The UN has a convention on the rights of all migrant workers and members of their families (ICRMW). As of December 2019, Kazakhstan was **not a party** to it. A copy of the UN list of parties that we read does not name Kazakhstan either, but we could not see the date of that copy.

        ## What to do now
        1. In a court case, ask your defender whether one of these treaties helps you.
        2. Use your rights under Kazakh law first: see [workers from EAEU countries](article:kz-eaeu-workers) and [permanent residence](article:kz-permanent-residence).
        3. For legal help, see [legal aid](article:kz-legal-aid).
