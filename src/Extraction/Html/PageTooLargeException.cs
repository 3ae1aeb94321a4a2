namespace Extraction.Html;

/// <summary>Thrown when a page is larger than <see cref="HtmlCleanerOptions.HardLimitBytes"/>.</summary>
public sealed class PageTooLargeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PageTooLargeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PageTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PageTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
