article-kz-visa-free-stay =
    .title = Séjour sans visa : 30 jours par entrée, 90 jours sur 180
    .summary = Sans visa, vous pouvez en général rester jusqu'à 30 jours par entrée et 90 jours sur toute période de 180 jours ; pour les citoyens des pays de l'UEE, la règle signalée est de 90 jours sur 180. Depuis le 1er juillet 2026, vous devrez peut-être aussi vous enregistrer vous-même en ligne au plus tard le 30e jour : vérifiez.
    .keywords = exemption de visa, dispense de visa, règle 90/180, visa run, combien de jours, durée de séjour, compter les jours, touriste, sortie et retour, séjour touristique, enregistrement en ligne, jours restants, pays exemptés de visa, compteur de jours, limite de séjour
    .unverified = Pas encore confirmé : la limite de 90 jours sur toute période de 180 jours pour les citoyens de l'UEE (signalée par des cabinets d'avocats, pas lue dans le texte officiel), et si leurs séjours de plus de 30 jours pour travailler exigent un permis de séjour temporaire ; les limites de séjour pour les citoyens du Kirghizistan selon l'accord bilatéral (nous n'avons trouvé aucune source pour 180 jours) ; le texte complet de l'article 517 du Code des infractions administratives (parties 1 et 2, et les sanctions pour un dépassement de plus de 5 jours) ; et la nouvelle règle d'enregistrement (arrêté du ministre de l'Intérieur n° 923 du 17 novembre 2025, à partir du 1er juillet 2026), connue par des médias et un cabinet d'avocats, pas par le texte de l'arrêté.
    .body =
        ## La règle de base
        Si vous venez au Kazakhstan sans visa, vous pouvez rester :

        - jusqu'à **30 jours** pour chaque entrée, et
        - jusqu'à **90 jours** au total sur toute période de **180 jours**.

        Cette règle s'applique depuis le 27 janvier 2023. Sortir et revenir tout de suite (« visa run ») ne remet plus le compteur à zéro. Les citoyens de l'Ouzbékistan et du Tadjikistan suivent cette règle 30/90/180.

        ## Citoyens des pays de l'UEE
        Les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie (Union économique eurasiatique) peuvent rester **90 jours sur toute période de 180 jours** (information signalée). Un séjour de plus de 30 jours pour travailler peut exiger un permis de séjour temporaire : voir [les travailleurs des pays de l'UEE](article:kz-eaeu-workers).

        Le Kirghizistan a aussi un accord bilatéral avec le Kazakhstan. Le ministère des Affaires étrangères du Kirghizistan (cité par 24.kg) dit : 30 jours sans enregistrement, puis un enregistrement pour 90 jours au plus, qui peut être prolongé. Certains parlent de 180 jours, mais nous n'avons trouvé aucune source pour ce chiffre. La limite de l'UEE de 90 jours sur toute période de 180 jours est signalée comme s'appliquant aussi. Voir [les citoyens du Kirghizistan](article:kz-kyrgyz-citizens).

        ## Qui n'est pas concerné
        Ces limites ne s'appliquent pas aux personnes qui ont un permis de séjour ou un visa.

        ## L'enregistrement de votre séjour
        Votre hôte doit prévenir la police dans les **3 jours ouvrables** : voir [la déclaration par l'hôte](article:kz-host-notification). Depuis le 1er juillet 2026, une nouvelle règle est signalée (non confirmée) : vous devrez peut-être vous enregistrer vous-même en ligne auprès de la police **au plus tard le 30e jour calendaire** après le passage de la frontière, puis de nouveau dans les **5 jours ouvrables** après un changement d'adresse.

        ## Travail ou études
        Pour rester plus de 30 jours afin de travailler ou d'étudier, il faut un permis de séjour temporaire.

        > [!WARNING]
        > Partez à temps. Selon l'article 517, partie 3, du Code des infractions administratives, un dépassement de 3 jours au plus entraîne un avertissement. Un dépassement de 3 à 5 jours entraîne une amende de **10 MRP**. Les règles pour un dépassement plus long ne sont pas encore confirmées : ne prenez pas le risque.

        ## Que faire maintenant
        1. Comptez vos jours. Notez chaque date d'entrée au Kazakhstan et de sortie.
        2. Vérifiez que votre hôte a déclaré votre séjour. Avant le 30e jour, demandez à la police des migrations si vous devez aussi vous enregistrer vous-même en ligne : voir [la déclaration par l'hôte](article:kz-host-notification).
        3. Si vous devez rester plus longtemps pour travailler ou étudier, renseignez-vous sur le permis de séjour temporaire bien avant d'avoir épuisé vos jours de séjour autorisés.

        Voir aussi [payer une amende](article:kz-paying-fines) et [l'expulsion](article:kz-expulsion).
