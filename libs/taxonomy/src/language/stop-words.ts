// Frequent function words per language, written with their diacritics (the detector folds in
// `lower` mode, so "för" (sv) and "for" (nb) stay different words).
//
// A word may appear under several languages: shared words add the same score to each and so
// never tip the choice between them; the words only one language uses decide. The lists cover
// the product's languages (en, et, nb, pl, el, de, fi, sv) and the neighbours an ad is likely
// to be written in (da, nn, lv, lt, ru, uk, fr, es, it, pt, nl, cs), so that a Danish or
// nynorsk ad is not forced into bokmål.

export const STOP_WORDS: Readonly<Record<string, string>> = {
  en: `the and of to with you your our we will are is this that from have who what can about their they
    be an or at as on it for not us you'll we're we've you're i'm do all more into by`,
  de: `und der die das mit für wir sie ihre ihr eine einen einem einer den dem des bei auf von zu im ist
    sind auch oder unser unsere unseren unserem dich du werden nicht über als wie sowie nach zum zur ein
    bzw kannst bieten deine dein`,
  nb: `og ikke er av til for med på som du vi det en et har skal kan deg oss vår vårt våre etter mellom
    også fra hos eller jobbe noen mye hva ved gode godt samt blir være søker arbeidsoppgaver oppgaver
    tilbyr lønn gjerne kvalifikasjoner ut opp nå noe gjennom uke arbeid bedrift selskap utvikle
    hjelpe spørsmål søknad arbeidsmiljø dem kunder`,
  nn: `og ikkje er av til for med på som du vi det ein eit har skal kan deg oss vår etter mellom òg frå
    hos eller jobbe nokon mykje kva ved gode godt samt blir vere søkjer eg dei arbeidsoppgåver oppgåver
    tilbyr løn gjerne kvalifikasjonar ut opp no noko gjennom veke arbeid verksemd utvikle
    hjelpe spørsmål søknad arbeidsmiljø kundar`,
  da: `og ikke er af til for med på som du vi det en et har skal kan dig os vores efter mellem også fra
    hos eller arbejde nogle meget hvad ved gode godt samt bliver være søger arbejdsopgaver opgaver
    tilbyder løn gerne kvalifikationer ud op nu noget gennem uge virksomhed selskab udvikle
    hjælpe spørgsmål ansøgning arbejdsmiljø dem kunder`,
  sv: `och att är av till för med på som du vi det en ett har ska kan dig oss vår vårt våra efter mellan
    också från hos eller jobba några mycket vad vid goda gott samt blir vara söker inom enligt inte
    arbetsuppgifter uppgifter erbjuder lön gärna kvalifikationer ut upp nu något genom vecka arbete
    företag utveckla hjälpa frågor ansökan arbetsmiljö dem kunder`,
  fi: `ja on että tai sekä myös kanssa joka jotka meidän sinun sinulla olet ovat kun mutta tämä se ei voi
    olla sinä me hyvä tarjoamme haemme etsimme kuuluu palkka työ kokemusta taitoa sinulta toivomme
    odotamme eduksi asiakkaiden tehtävä`,
  et: `ja on ning et kes mis oma ka või meie sinu kui ei see seda oled pakume ootame vähemalt koos eest
    ole sind meil sul kuni töötasu palk tööaeg keele oskust kogemust klientide hea väga tööülesanded`,
  pl: `i w z na do się oraz jest dla nie od po przez jako lub o że to są naszego nasz nasze oferujemy
    twoje który która które także ze we`,
  el: `και το τα της του των την τη να σε με για από στο στην στα στις στον που ή θα ένα μια είναι`,
  lv: `un ir ar uz kas no par mēs jūs vai tiek mūsu jūsu arī`,
  lt: `ir su yra kad į mes jūs ar bei mūsų jūsų taip pat kaip`,
  fr: `le la les des et est vous nous pour avec une dans du au sur qui que en un pas votre nos vos`,
  es: `el la los las y de que para con una es en por del al se su sus nuestro nuestra como`,
  it: `il di che e per con una sono della nel del la le gli al si come nostro nostra`,
  pt: `o a os as de que para com uma não em do da dos das no na nosso nossa você`,
  nl: `de het een en van je wij we voor met ons onze is zijn niet op te die dat jouw bij`,
  cs: `a je se na v pro s že jsou nebo jako od do k ve`,
  ru: `и в на с для мы вы по не что или от как наш наша`,
  uk: `і в на з для ми ви та що або від як наш наша`,
};

/** Letters that only some languages write; a weak signal that helps on short texts. */
export const SIGNATURE_LETTERS: Readonly<Record<string, string>> = {
  et: 'õ',
  pl: 'łąęśźżćń',
  de: 'ß',
  nb: 'øæå',
  da: 'øæå',
  nn: 'øæå',
  sv: 'å',
  lv: 'āēīūģķļņ',
  lt: 'ėųį',
  cs: 'ěřů',
  uk: 'їєґі',
};
