article-intl-non-discrimination =
    .title = L'égalité de traitement : pas de discrimination
    .summary = Le droit international et la loi du Kazakhstan disent que tous sont égaux devant la loi. L'État doit protéger vos droits sans discrimination, par exemple en raison de votre origine, de votre langue, de votre religion ou de votre couleur de peau.
    .keywords = racisme, raciste, contrôle au faciès, délit de faciès, discriminer, égalité, égalité des droits, traitement injuste, traité différemment, xénophobie, ciblé, origine ethnique, parce que je suis noir, insultes racistes, préjugés, discrimination religieuse, mal traité car étranger, négrophobie
    .body =
        ## Le Pacte
        Le Kazakhstan a ratifié le Pacte international relatif aux droits civils et politiques (PIDCP) par la loi n° 91 du 28 novembre 2005.

        - **Article 2, paragraphe 1 :** l'État doit respecter et garantir les droits du Pacte à **toute personne** sur son territoire, sans distinction aucune : par exemple de race, de couleur, de sexe, de langue, de religion, d'opinion politique ou autre, d'origine nationale ou sociale, de fortune, de naissance ou de toute autre situation.
        - **Article 26 :** toutes les personnes sont **égales devant la loi** et ont droit à une égale protection de la loi. La loi doit interdire toute discrimination et protéger chacun contre elle.

        ## La loi du Kazakhstan
        La loi « Sur le statut juridique des étrangers » (art. 3) dit que les étrangers ont les droits et les obligations fixés par la Constitution, les lois et les traités, sauf si une loi en dispose autrement. Les étrangers sont **égaux devant la loi**.

        > [!NOTE]
        > Certaines règles sont différentes pour les étrangers parce qu'une loi le prévoit, par exemple les règles de séjour et d'enregistrement. Mais un agent n'a pas le droit de vous traiter plus mal à cause de votre couleur de peau, de votre origine, de votre langue ou de votre religion.

        ## Ce que racontent les migrants
        Des migrants au Kazakhstan disent s'être sentis visés, et qu'on leur a demandé des papiers que la loi n'exige pas.

        ## Que faire maintenant
        1. Notez ce qui s'est passé : qui, où, quand, et ce qui a été dit.
        2. Demandez sur quel acte juridique l'agent se fonde. Voir [les papiers que la loi n'exige pas](article:kz-extra-papers).
        3. Plaignez-vous par écrit et gardez le récépissé : voir [déposer une demande écrite](article:kz-written-appeal).
        4. Vous pouvez vous plaindre au parquet (en russe : прокуратура) dans n'importe quelle langue : voir [se plaindre au parquet](article:kz-prosecutor-complaint).
        5. Quand vous avez épuisé tous les recours au Kazakhstan, vous pourrez peut-être vous plaindre à l'ONU : voir [les plaintes à l'ONU](article:intl-un-complaints).
