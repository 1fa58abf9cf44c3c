namespace Kinora.Production.Tests;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("a yellow raincoat", "rain", false)]
    [InlineData("rain hammers the glass", "rain", true)]
    [InlineData("he searches the city", "sea", false)]
    [InlineData("they look out to sea.", "sea", true)]
    [InlineData("through the woods", "wood", true)]
    [InlineData("boxes in the warehouses", "warehouse", true)]
    public void Words_match_whole_words_only(string text, string word, bool expected) =>
        Assert.Equal(expected, Vocabulary.HasWord(text, word));
}
