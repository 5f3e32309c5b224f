article-kz-consular-rights =
    .title = Votre consulat : le droit de le faire prévenir
    .summary = Si vous êtes détenu, vous pouvez demander aux autorités de prévenir votre consulat sans retard.
    .keywords = ambassade, appeler l'ambassade, prévenir mon consulat, consul, aide consulaire, notification consulaire, mission diplomatique, étranger détenu, consulat, ambassade pas prévenue, droit de téléphoner, coup de fil, contacter le consulat, ambassadeur, représentation diplomatique, consul de mon pays
    .body =
        ## Ce que dit le droit
        La Convention de Vienne sur les relations consulaires (art. 36, par. 1, al. b et c) donne ces droits à un étranger détenu :

        - Si vous le **demandez**, les autorités doivent prévenir votre consulat _sans retard_.
        - Les lettres que vous écrivez à votre consulat doivent lui être transmises.
        - Les consuls peuvent vous rendre visite.

        Les règles du Kazakhstan sur l'information des consulats (arrêté conjoint du Procureur général (n° 87 du 3 septembre 2014) et du ministère des Affaires étrangères) concernent les détentions en matière **pénale**.

        > [!NOTE]
        > Le consulat est prévenu si vous le demandez. Dites clairement que vous voulez que votre consulat soit informé.

        ## Vos autres droits si vous êtes détenu
        - On doit vous dire tout de suite pourquoi vous êtes détenu (Code des infractions administratives, art. 14).
        - La torture et les traitements dégradants sont interdits (art. 14).
        - Dans une affaire d'infraction administrative, si vous ne connaissez pas assez bien la langue de la procédure, vous pouvez utiliser votre langue maternelle et avoir un interprète **gratuitement** (art. 744 et 738).

        ## Que faire maintenant
        1. Notez les coordonnées de votre consulat et gardez-les avec vos papiers.
        2. Si vous êtes détenu, restez calme et ne résistez pas.
        3. Demandez à voir la carte professionnelle de l'agent.
        4. Dites : « Je demande que mon consulat soit informé. » Redemandez si rien ne se passe.
        5. Demandez un interprète si vous ne comprenez pas.
        6. Notez les noms des agents, le lieu et l'heure.

        Voir aussi vos droits quand [un procès-verbal est dressé](article:kz-protocol-rights) et lors des [contrôles de police](article:kz-police-checks). Pour vous plaindre ensuite, lisez comment [déposer une demande écrite](article:kz-written-appeal).
