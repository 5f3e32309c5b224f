article-kz-interpreter-rights =
    .title = Your language and a free interpreter
    .summary = In a case about an administrative offence you may use your native language, and if you do not know the language of the proceedings well enough, have an interpreter free of charge. Write on the protocol which language you need.
    .keywords = translator, free translator, translation, don't speak Russian, no Russian, English interpreter, Arabic interpreter, French interpreter, Kazakh language, state language, mother tongue, interpreter fee, interpret, Dari interpreter, Urdu interpreter, Persian interpreter, Uzbek interpreter, Pashto interpreter, don't understand Kazakh
    .body =
        ## What the law says
        The Code of Administrative Offences (KoAP) gives a person facing proceedings who does not know the language of the proceedings (Art. 744), or does not know it well enough (Art. 738), the right to:

        - speak their **native language** or another language they know;
        - have an **interpreter free of charge**.

        Article 738 also says that the proceedings are held in the state language, with Russian or other languages used when necessary.

        These rights apply in a case about an administrative offence: when the protocol is drawn up, and later in the case.

        > [!NOTE]
        > If you need an interpreter because you do not know the language well enough, the interpreter is free. You do not have to pay for one.

        ## Say it clearly, and in writing
        Practical advice published in the press: write on the protocol which language you need. For example: "I need an interpreter into Tajik." Or: "I do not understand Russian well. I need an interpreter into Kyrgyz."

        ## What to do now
        1. If you do not understand, say so at once. Ask for an interpreter into your language.
        2. Show the officer card "I need a free interpreter".
        3. Write on the protocol which language you need.
        4. Read the protocol before you sign it. If you disagree, write that you disagree.
        5. Ask for a copy of the protocol. Save a photo of it in the app's vault.
        6. If you were not given an interpreter, write that on the protocol, and say it again when you appeal: see [appealing a fine](article:kz-appeal-fine).

        See also [your rights when a protocol is drawn up](article:kz-protocol-rights) and [interpreters in international law](article:intl-interpreter).
