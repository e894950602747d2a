import Foundation
import Testing
import Vapor

@testable import ChiBoApp
@testable import ChiBoCore

/// One input type per command: the web form's text and the API's JSON decode into the same
/// type and get the same answers.
@Suite struct InputTests {
    func form<T: Decodable>(_ type: T.Type, _ body: String) throws -> T { try URLEncodedFormDecoder().decode(type, from: body) }
    func json<T: Decodable>(_ type: T.Type, _ body: String) throws -> T { try JSONDecoder().decode(type, from: Data(body.utf8)) }

    @Test func aFormAndABodyAreOneInput() throws {
        #expect(try form(MinutesInput.self, "qualityScore=91&chairName=Nguy%E1%BB%85n+V%C4%83n+An").facts().qualityScore == 91)
        #expect(try json(MinutesInput.self, #"{"qualityScore":91,"chairName":"Nguyễn Văn An"}"#).facts().qualityScore == 91)
        #expect(try form(MinutesInput.self, "qualityScore=").facts().qualityScore == nil)
        #expect(try json(MinutesInput.self, "{}").facts().qualityScore == nil)
        for bad in [try form(MinutesInput.self, "qualityScore=abc"), try json(MinutesInput.self, #"{"qualityScore":"abc"}"#)] {
            let error = #expect(throws: DomainError.self) { try bad.facts() }
            #expect(error?.code == "qualityScore.invalid")
        }
        #expect(Read.flag(try form(GuestInput.self, "name=A&fromSuperior=on").fromSuperior))
        #expect(Read.flag(try json(GuestInput.self, #"{"name":"A","fromSuperior":true}"#).fromSuperior))
        #expect(!Read.flag(try json(GuestInput.self, #"{"name":"A","fromSuperior":false}"#).fromSuperior))
        #expect(try form(TallyInput.self, "inFavour=5&against=1&abstain=").tally() == Tally(inFavour: 5, against: 1, abstain: 0))
        #expect(try json(TallyInput.self, #"{"inFavour":5,"against":1}"#).tally() == Tally(inFavour: 5, against: 1, abstain: 0))
        let missing = #expect(throws: DomainError.self) { try json(TallyInput.self, #"{"inFavour":5}"#).tally() }
        #expect(missing?.code == "tally.required")
        // A guest speaks: the web form sends an empty member, the API none.
        #expect(try form(SpeechInput.self, "memberId=&speaker=Kh%C3%A1ch&content=x").member() == nil)
        #expect(try json(SpeechInput.self, #"{"speaker":"Khách","content":"x"}"#).member() == nil)
        let wrong = #expect(throws: DomainError.self) { try json(SpeechInput.self, #"{"memberId":"nobody","content":"x"}"#).member() }
        #expect(wrong?.code == "memberId.invalid")
        #expect(try form(PlanInput.self, "year=2027&themes[]=A&themes[]=&themes[]=C&themes[]=D").themes?.count == 4)
        #expect(
            try json(MeetingDraft.self, #"{"kind":"regular","date":"2026-12-05"}"#) == MeetingDraft(kind: "regular", date: "2026-12-05"))
    }
}
