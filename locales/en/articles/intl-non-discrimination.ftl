article-intl-non-discrimination =
    .title = Equal treatment: no discrimination
    .summary = International law and Kazakh law say that everyone is equal before the law. The state must protect your rights without discrimination, for example because of your origin, language, religion or colour.
    .keywords = racism, racist, racial profiling, discriminate, equality, equal rights, unfair treatment, treated differently, singled out, xenophobia, skin color, ethnicity, because I am black, racial insults, prejudice, religious discrimination, anti-foreigner, hate because of origin, hate crime
    .body =
        ## The Covenant
        Kazakhstan ratified the International Covenant on Civil and Political Rights (ICCPR) by Law No. 91 of 28 November 2005.

        - **Article 2(1):** the state must respect and ensure the rights in the Covenant for **everyone** on its territory, without distinction of any kind: for example race, colour, sex, language, religion, political or other opinion, national or social origin, property, birth or other status.
        - **Article 26:** all people are **equal before the law** and have the right to equal protection of the law. The law must forbid discrimination and protect everyone against it.

        ## Kazakh law
        The Law on the Legal Status of Foreigners (Art. 3) says that foreigners have the rights and duties set by the Constitution, laws and treaties, unless a law says otherwise. Foreigners are **equal before the law**.

        > [!NOTE]
        > Some rules are different for foreigners because a law says so, for example the rules on stay and registration. But an official may not treat you worse because of your colour, origin, language or religion.

        ## What migrants report
        Migrants in Kazakhstan have reported feeling singled out, and being asked for papers that the law does not require.

        ## What to do now
        1. Write down what happened: who, where, when, and what was said.
        2. Ask which legal act the official relies on. See [extra papers](article:kz-extra-papers).
        3. Complain in writing and keep the slip: see [filing a written appeal](article:kz-written-appeal).
        4. You can complain to the prosecutor's office in any language: see [complaining to the prosecutor's office](article:kz-prosecutor-complaint).
        5. When you have used all remedies in Kazakhstan, you may be able to complain to the UN: see [complaints to the UN](article:intl-un-complaints).
