import Disclosure
// TEMPORARY stub until the narrative branch lands.
public enum NarrativeFigureExtractor {
    public static func figures(in paragraph: String) -> [NarrativeFigure] { [] }
}
