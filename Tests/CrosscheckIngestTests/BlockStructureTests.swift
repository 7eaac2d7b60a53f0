import CrosscheckCore
import Testing

@testable import CrosscheckIngest

/// Short lines, lists, headings, captions and teaser cards inside the chosen container: what
/// belongs to the article by its structure and what is another story's teaser.
@Suite struct BlockStructureTests {
  let p1 = "The harbour authority opened a second ferry berth on the eastern pier last Monday."
  let p2 = "The berth can take vessels up to 140 metres long and cost 31 million euros to build."
  let p3 = "Shipping lines expect the waiting times at the port to fall by a third this summer."

  @Test func keepsTheLinkedItemsOfAListThatIsMostlyText() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
      <h3>Repair kit</h3><ul>
      <li>2 tyre levers</li><li>1 x <a href="/shop/pump">mini pump</a></li>
      <li>6 patches</li><li>1 tube of glue</li><li>1 x <a href="/shop/valve">spare valve</a></li>
      </ul><p>\(p1) Pack the kit in the saddle bag.</p></article>
      """)
    let texts = paragraphTexts(doc)
    #expect(texts.contains("1 x mini pump"))
    #expect(texts.contains("1 x spare valve"))
    #expect(texts.contains("6 patches"))
  }

  @Test func dropsAListOfLinksAndItsLabel() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
      <p>See also:</p><ul>
      <li><a href="/a">Lighthouse keepers</a></li><li><a href="/b">Dredging the bay</a></li>
      <li><a href="/c">Fish market moves</a></li>
      <li>new <a href="/d">Ferry timetable for 2025</a></li>
      </ul></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func keepsASpecificationTableAtTheEndOfTheArticle() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
      <h3>Berth in figures</h3><table>
      <tr><td>Length</td><td>140 m</td></tr><tr><td>Depth</td><td>11 m</td></tr>
      <tr><td>Cranes</td><td>2</td></tr></table>
      <div class="tags"><a href="/t/port">port</a> <a href="/t/ferry">ferry</a></div></article>
      """)
    let texts = paragraphTexts(doc)
    #expect(texts.contains("Depth"))
    #expect(texts.contains("11 m"))
    #expect(texts.contains("Cranes"))
  }

  @Test func dropsAContactCardWhoseLinesEndInAMailLink() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
      <h3>Press contact</h3><div><p>Anna Berg</p><p>Head of Communications</p>
      <p><a href="mailto:press@example.org">press@example.org</a></p></div></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func keepsAHeadingThatEndsWithAFullStop() throws {
    let lead =
      "The new berth ends years of queues for the island ferries, the port's director said."
    let doc = try html(
      """
      <article><h2>\(lead)</h2><h2><a href="/more">More news from the port</a></h2>
      <p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc) == [lead, p1, p2, p3])
  }

  @Test func stillDropsAHeadingEndingInAnEllipsisBeforeALinkList() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
      <h3>You may also like...</h3><ul><li><a href="/a">Lighthouse keepers at work</a></li>
      <li><a href="/b">Dredging the bay again</a></li></ul></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func dropsACaptionTogetherWithItsCredit() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p>
      <div class="pic"><img src="b.jpg"><p>The eastern pier at low tide.<br>© Jan Olsen</p></div>
      <p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func keepsAParagraphBeforeACreditInALongElement() throws {
    let doc = try html(
      """
      <article><div>\(p1)<br>\(p2)<br>\(p3)<br>© Harbour Press Office</div>
      <p>\(p1)</p></article>
      """)
    #expect(doc.text.contains(p3))
    #expect(!doc.text.contains("Harbour Press Office"))
  }

  @Test func dropsTeaserCardsInsideTheArticle() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p>
      <div class="grid">
      <div class="c"><h3>Dredging the bay</h3><p>Why the channel must be deepened by two metres.</p>
      <a href="/dredging">Read the story</a></div>
      <div class="c"><h3>Lighthouse keepers</h3>
      <p>Three families still live on the rocks off the cape.</p>
      <a href="/keepers">Read the story</a></div></div></article>
      """)
    #expect(paragraphTexts(doc) == [p1, p2, p3])
  }

  @Test func keepsALeadBetweenTheHeadlineAndAnImageLink() throws {
    let doc = try html(
      """
      <article><div><h2>Second ferry berth opens</h2><a href="/img/big.jpg">Enlarge the picture</a>
      <p>Ferries to the islands will no longer queue at the pier in summer.</p></div>
      <p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(doc.text.contains("no longer queue"))
  }

  @Test func keepsAHeadingThatEndsWithAFullStopAndANoBreakSpace() throws {
    let lead = "Ferries to the islands will no longer queue at the pier, the harbour master said."
    let doc = try html(
      """
      <article><h2>\(lead)&nbsp;</h2><h3><a href="/more">More news from the port</a></h3>
      <p>\(p1)</p><p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(paragraphTexts(doc).first == lead)
  }

  @Test func dropsTheTextsOfATeaserFeedBesideTheArticle() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p>\(p2)</p><p>\(p3)</p><p>\(p1) \(p2)</p>
      <p><a href="/dredging">Dredging the bay starts in May</a></p>
      <p>Why the channel must be deepened by two metres.</p>
      <p><a href="/keepers">Lighthouse keepers leave the cape</a></p>
      <p>Three families still live on the rocks off the cape.</p></article>
      """)
    #expect(!doc.text.contains("deepened by two metres"))
    #expect(!doc.text.contains("Three families"))
    #expect(doc.text.contains(p3))
  }

  @Test func keepsOneLinkedLineBeforeAParagraph() throws {
    let doc = try html(
      """
      <article><p>\(p1)</p><p><a href="/report">The full report of the harbour office</a></p>
      <p>It lists the berth's costs item by item, from dredging to cranes.</p>
      <p>\(p2)</p><p>\(p3)</p></article>
      """)
    #expect(doc.text.contains("item by item"))
  }

  @Test func keepsAPageThatIsOnlyAFeed() throws {
    let doc = try html(
      """
      <main><p><a href="/dredging">Dredging the bay starts in May</a></p>
      <p>Why the channel must be deepened by two metres before the summer season.</p>
      <p><a href="/keepers">Lighthouse keepers leave the cape</a></p>
      <p>Three families still live on the rocks off the cape, but not for long.</p></main>
      """)
    #expect(doc.text.contains("deepened by two metres"))
    #expect(doc.text.contains("Three families"))
  }
}
