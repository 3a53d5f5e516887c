using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// The one article every refusal uses when it names a type in prose (session 38's review: four rules had each written
/// their own, two of them saying "an User").
/// </summary>
public class NameWordsArticleTests
{
    [Theory]
    [InlineData("Order", "an")]
    [InlineData("Item", "an")]
    [InlineData("Entry", "an")]
    [InlineData("Account", "an")]
    [InlineData("Update", "an")]
    [InlineData("UpdateRequest", "an")]
    [InlineData("Upload", "an")]
    [InlineData("User", "a")]
    [InlineData("Url", "a")]
    [InlineData("URL", "a")]
    [InlineData("Unit", "a")]
    [InlineData("Room", "a")]
    [InlineData("", "a")]
    public void A_noun_gets_the_article_it_is_read_with(string noun, string article)
        => Assert.Equal(article, NameWords.Article(noun));
}
