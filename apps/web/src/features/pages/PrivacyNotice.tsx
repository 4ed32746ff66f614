import { usePageTitle } from '../../lib/page-title';

/** Privatlivspolitik: what Vejviser stores about people who sign in or register, why, and for how long (the defaults). */
export function PrivacyNotice() {
  usePageTitle('Privatlivspolitik');
  return (
    <article className="text-width">
      <h1>Privatlivspolitik</h1>
      <p className="font-lead">
        Vejviser er en oversigt over kommunale og regionale kontakter og tilbud. Vejviser indeholder ingen oplysninger om borgere eller
        patienter, og du må aldrig skrive navne, CPR-numre eller helbredsoplysninger om borgere ind.
      </p>
      <h2>Hvis du søger</h2>
      <p>Du kan søge uden at logge ind. Vi gemmer ikke, hvad du søger efter, sammen med hvem du er.</p>
      <h2>Hvis du har en konto</h2>
      <ul>
        <li>
          Vi gemmer dit navn, din arbejdsmail og dine roller (fx redaktør for en organisation), så du kan logge ind og rette oplysninger.
        </li>
        <li>Din adgangskode gemmes kun som en envejs-hash. Log ind med din organisations login gemmer ingen adgangskode.</li>
        <li>
          Når du er logget ind, holder en cookie (kun til login, kan ikke læses af sidens scripts) dig logget ind. Den udløber efter højst
          30 dage, og du logges automatisk ud efter 8 timer uden aktivitet.
        </li>
        <li>Mislykkede login-forsøg tælles kort tid for at stoppe gætteri.</li>
        <li>Ændringer, du laver i kataloget, logges med dit navn, så kollegerne kan se, hvem der sidst har bekræftet et nummer.</li>
        <li>Du kan få din konto og dine personoplysninger slettet; kontakt en administrator.</li>
      </ul>
      <h2>Hvis du tilmelder dig en temadag</h2>
      <p>
        Vi gemmer dit navn, din e-mail og din organisation for at kunne sende bekræftelse og påmindelse. Oplysningerne slettes 30 dage efter
        temadagen.
      </p>
      <h2>Supervisionsgrupper</h2>
      <p>Deltagere og fremmøde gemmes, så der kan udstedes et bevis, og slettes 3 år efter gruppens sidste møde.</p>
      <h2>Ansatte i kataloget</h2>
      <p>
        Navngivne kontaktpersoner er medarbejdere, som deres organisation har registreret. Når en person stopper, slettes personen senest
        180 dage efter.
      </p>
      <p>Tidsfristerne ovenfor er standardindstillingerne; den organisation, der driver jeres Vejviser, kan have valgt andre.</p>
    </article>
  );
}
