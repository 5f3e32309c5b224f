article-intl-interpreter =
    .title = The right to understand: interpreters in international law
    .summary = Under the ICCPR, a person charged with a criminal offence must be told of the charge in a language they understand, and may have a free interpreter in court.
    .keywords = translator, free translator, translation, court interpreter, criminal charge, accused, language rights, interpreter, language barrier, no interpreter given, don't understand the charge, charges in my language, court translator, interpreter refused
    .body =
        ## The Covenant
        Article 14(3) of the International Covenant on Civil and Political Rights (ICCPR), ratified by Kazakhstan, gives everyone charged with a criminal offence these minimum guarantees:

        - **(a)** to be told promptly and in detail, **in a language they understand**, what they are accused of and why;
        - **(f)** to have the **free help of an interpreter** if they cannot understand or speak the language used in court.

        > [!NOTE]
        > In the Covenant, these guarantees are written for criminal charges.

        ## In Kazakhstan: administrative cases too
        In cases about administrative offences, such as problems with your stay or registration, Kazakh law also gives a person who does not know the language of the proceedings, or does not know it well enough, the right to use their native language and an interpreter **free of charge** (Code of Administrative Offences, Art. 744 and 738). See [your language and a free interpreter](article:kz-interpreter-rights).

        ## What to do now
        1. If you do not understand, say so at once. Do not guess.
        2. Ask for an interpreter into your language. Name the language: for example Uzbek, Tajik, Kyrgyz, Persian, Arabic or French.
        3. Write on the protocol which language you need.
        4. Do not pay for the interpreter: if you do not know the language well enough, the interpreter is free in these cases.
        5. If you were not given an interpreter, say so when you appeal: see [appealing a fine](article:kz-appeal-fine).

        See also [a fair hearing](article:intl-fair-hearing).
