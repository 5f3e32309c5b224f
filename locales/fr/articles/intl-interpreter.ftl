article-intl-interpreter =
    .title = Le droit de comprendre : les interprètes en droit international
    .summary = Selon le PIDCP, une personne accusée d'une infraction pénale doit être informée de l'accusation dans une langue qu'elle comprend, et peut avoir un interprète gratuit devant le tribunal.
    .keywords = traducteur, traducteur gratuit, traduction, interprétariat, interprète au tribunal, accusation pénale, je ne comprends pas, droits linguistiques, interprète, barrière de la langue, pas eu d'interprète, accusation dans ma langue, interprète refusé, comprendre l'accusation, traducteur au tribunal
    .body =
        ## Le Pacte
        L'article 14, paragraphe 3, du Pacte international relatif aux droits civils et politiques (PIDCP), ratifié par le Kazakhstan, donne à toute personne accusée d'une infraction pénale ces garanties minimales :

        - **(a)** être informée rapidement et en détail, **dans une langue qu'elle comprend**, de ce qu'on lui reproche et pourquoi ;
        - **(f)** avoir l'**aide gratuite d'un interprète** si elle ne comprend pas ou ne parle pas la langue utilisée au tribunal.

        > [!NOTE]
        > Dans le Pacte, ces garanties sont écrites pour les accusations pénales.

        ## Au Kazakhstan : aussi dans les affaires administratives
        Dans les affaires d'infraction administrative, par exemple des problèmes de séjour ou d'enregistrement, la loi du Kazakhstan donne aussi à une personne qui ne connaît pas la langue de la procédure, ou qui ne la connaît pas assez bien, le droit d'utiliser sa langue maternelle et d'avoir un interprète **gratuitement** (Code des infractions administratives, art. 744 et 738). Voir [votre langue et un interprète gratuit](article:kz-interpreter-rights).

        ## Que faire maintenant
        1. Si vous ne comprenez pas, dites-le tout de suite. Ne devinez pas.
        2. Demandez un interprète dans votre langue. Nommez la langue : par exemple l'ouzbek, le tadjik, le kirghiz, le persan, l'arabe ou le français.
        3. Écrivez sur le procès-verbal la langue dont vous avez besoin.
        4. Ne payez pas l'interprète : si vous ne connaissez pas assez bien la langue, l'interprète est gratuit dans ces affaires.
        5. Si on ne vous a pas donné d'interprète, dites-le dans votre recours : voir [contester une amende](article:kz-appeal-fine).

        Voir aussi [un procès équitable](article:intl-fair-hearing).
