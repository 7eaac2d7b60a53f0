// The built-in copy of `Pipelines/lexicons/dates.txt`, used when no lexicon is given.
// `DateWordsTests` checks that the two stay the same.
extension DateWords {
  /// The date words of `Pipelines/lexicons/dates.txt`, built in.
  public static let standard = DateWords(parsing: standardText)

  /// The text of `Pipelines/lexicons/dates.txt`.
  static let standardText = """
    # Words for reading dates: month names, and the labels that say what a date is.
    #
    # `month N:` lines list names and abbreviations of month N (lowercase; nominative and
    # genitive forms both). `published:` and `updated:` lines list phrases that, right before a
    # date, mark it as the publication date or as the date of a later change. Items are separated
    # by commas; `#` starts a comment line.
    #
    # Languages: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech,
    # Swedish, Danish and Norwegian, Finnish, Russian and Ukrainian.

    month 1: jan, january, januar, jän, jänner, janvier, janv, enero, ene, gennaio, gen,
      janeiro, januari, styczeń, stycznia, sty, leden, ledna, tammikuu, tammikuuta, tammik,
      января, янв, січня, jänn
    month 2: feb, february, februar, feber, février, fevrier, févr, fév, febrero, febbraio,
      fevereiro, februari, luty, lutego, lut, únor, února, helmikuu, helmikuuta, helmik,
      февраля, фев, февр, лютого
    month 3: mar, march, märz, maerz, mär, mars, marzo, março, maart, marzec, marca, březen,
      března, maaliskuu, maaliskuuta, maalisk, marts, марта, мар, березня
    month 4: apr, april, avril, avr, abril, abr, aprile, kwiecień, kwietnia, kwi, duben,
      dubna, huhtikuu, huhtikuuta, huhtik, апреля, апр, квітня
    month 5: may, mai, mayo, maggio, mag, maio, mei, maj, maja, květen, května, toukokuu,
      toukokuuta, toukok, мая, травня
    month 6: jun, june, juni, juin, junio, giugno, giu, junho, czerwiec, czerwca, červen,
      června, kesäkuu, kesäkuuta, kesäk, июня, июн, червня
    month 7: jul, july, juli, juillet, juil, julio, luglio, lug, julho, lipiec, lipca,
      červenec, července, heinäkuu, heinäkuuta, heinäk, июля, июл, липня
    month 8: aug, august, août, aout, agosto, ago, augustus, sierpień, sierpnia, sie, srpen,
      srpna, elokuu, elokuuta, elok, augusti, августа, авг, серпня
    month 9: sep, sept, september, septembre, septiembre, setiembre, settembre, set,
      setembro, wrzesień, września, wrz, září, syyskuu, syyskuuta, syysk, сентября, сен,
      сент, вересня
    month 10: oct, october, oktober, okt, octobre, octubre, ottobre, ott, outubro, out,
      październik, października, paź, říjen, října, lokakuu, lokakuuta, lokak, октября, окт,
      жовтня
    month 11: nov, november, novembre, noviembre, novembro, listopad, listopada, lis,
      marraskuu, marraskuuta, marrask, ноября, ноя, нояб, листопада
    month 12: dec, december, dezember, dez, décembre, decembre, déc, diciembre, dic,
      dicembre, dezembro, grudzień, grudnia, gru, prosinec, prosince, joulukuu, joulukuuta,
      jouluk, декабря, дек, грудня

    published: published, published on, first published, posted, posted on, date, dated,
      released, veröffentlicht, veröffentlicht am, erschienen, erschienen am, publiziert,
      publiziert am, erstellt, erstellt am, datum, vom, publié, publié le, mis en ligne,
      mise en ligne, publicado, publicado el, publicado em, fecha, pubblicato, pubblicato il, data,
      gepubliceerd, gepubliceerd op, opublikowano, publikováno, publicerad, publiceret,
      julkaistu, опубликовано
    updated: updated, last updated, updated on, last modified, modified, last edited,
      edited, aktualisiert, aktualisiert am, zuletzt aktualisiert, letzte änderung,
      geändert, mis à jour, mise à jour, modifié, actualizado, actualizado el,
      atualizado, aggiornato, bijgewerkt, zaktualizowano, aktualizováno, uppdaterad,
      opdateret, päivitetty, обновлено
    """
}
