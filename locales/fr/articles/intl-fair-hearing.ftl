article-intl-fair-hearing =
    .title = Un procès équitable : vos droits devant un tribunal
    .summary = Le PIDCP dit que tous sont égaux devant les tribunaux, que toute personne est présumée innocente jusqu'à ce que sa culpabilité soit prouvée, et qu'elle doit avoir le temps de préparer sa défense.
    .keywords = présomption d'innocence, droits de la défense, avocat commis d'office, avocat gratuit, juge impartial, audience publique, témoins, dossier, jugement, procès, tribunal, procès injuste, juge partial, juge corrompu, aveux forcés, droit au silence, jugé sans avocat, égalité devant la justice
    .body =
        ## L'article 14 du Pacte
        Le Kazakhstan a ratifié le Pacte international relatif aux droits civils et politiques (PIDCP) en 2005. Son article 14 protège votre droit à un procès équitable.

        ## Égaux devant les tribunaux : art. 14, par. 1
        - Tous sont égaux devant les tribunaux et les cours de justice.
        - Quand un tribunal décide d'une accusation pénale contre vous, ou de vos droits et obligations dans un procès civil, vous avez droit à ce que votre cause soit entendue équitablement et publiquement par un tribunal compétent, indépendant et impartial, établi par la loi.

        ## Innocent jusqu'à preuve du contraire : art. 14, par. 2
        Si vous êtes accusé d'une infraction pénale, vous êtes présumé **innocent** jusqu'à ce que votre culpabilité soit légalement établie.

        ## Votre défense : art. 14, par. 3
        Si vous êtes accusé d'une infraction pénale, vous avez notamment ces droits :

        - être informé rapidement, dans une langue que vous comprenez, de ce qu'on vous reproche ;
        - avoir **assez de temps et de moyens pour préparer votre défense**, et parler avec l'avocat de votre choix ;
        - être jugé sans retard excessif ;
        - vous défendre vous-même ou avoir un avocat, gratuitement si vous ne pouvez pas payer et si la justice l'exige ;
        - interroger les témoins ;
        - avoir un interprète gratuit si vous ne comprenez pas ou ne parlez pas la langue utilisée au tribunal ;
        - ne pas être forcé de témoigner contre vous-même ni de vous avouer coupable.

        ## Au Kazakhstan
        Les étrangers peuvent s'adresser aux tribunaux avec les mêmes droits de procédure que les citoyens (loi « Sur le statut juridique des étrangers », art. 18). Dans une affaire d'infraction administrative, vous pouvez lire le dossier, présenter des preuves et avoir un défenseur ; si vous ne connaissez pas assez bien la langue de la procédure, vous pouvez avoir un interprète gratuit (Code des infractions administratives, art. 744 et 738).

        > [!TIP]
        > Demandez tôt une copie du dossier. Il vous faut du temps pour vous préparer.

        ## Que faire maintenant
        1. Lisez [vos droits quand un procès-verbal est dressé](article:kz-protocol-rights).
        2. Demandez des copies du procès-verbal et du dossier.
        3. Rassemblez vos preuves : reçus, récépissés, contrats, photos.
        4. Demandez un défenseur et un interprète si vous en avez besoin.
        5. Surveillez les délais : voir [contester une amende](article:kz-appeal-fine).
