using System;
using System.Collections;
using System.IO;
using System.Text;

namespace InMemoryFakes;

/// <summary>
/// Measures stored values for <see cref="Quota.MaxBytes"/>. The default knows byte arrays and memory
/// (their length), strings (UTF-8 bytes), streams (their length), primitives (their size), and
/// collections of these (the sum). Supply your own through <see cref="InMemoryFakeOptions.SizeEstimator"/>
/// for other value types; blobs are always measured by their content length.
/// </summary>
public static class SizeEstimator
{
    /// <summary>The default estimator described on <see cref="SizeEstimator"/>.</summary>
    public static Func<object?, long> Default { get; } = Estimate;

    /// <summary>Estimates a value's size with the default rules.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its size in bytes.</returns>
    /// <exception cref="NotSupportedException">The value's type is not one the default knows; set a size estimator.</exception>
    public static long Estimate(object? value) => value switch
    {
        null => 0,
        byte[] bytes => bytes.Length,
        ReadOnlyMemory<byte> memory => memory.Length,
        Memory<byte> memory => memory.Length,
        string text => Encoding.UTF8.GetByteCount(text),
        Stream { CanSeek: true } stream => stream.Length,
        bool or byte or sbyte => 1,
        char or short or ushort => 2,
        int or uint or float => 4,
        long or ulong or double or DateTime or TimeSpan => 8,
        decimal or Guid or DateTimeOffset => 16,
        Enum => 4,
        IEnumerable items => Sum(items),
        _ => throw new NotSupportedException(
            $"The default size estimator cannot measure a {value.GetType().Name}. Set InMemoryFakeOptions.SizeEstimator to use MaxBytes with such values."),
    };

    private static long Sum(IEnumerable items)
    {
        long total = 0;
        foreach (var item in items)
        {
            total += Estimate(item);
        }

        return total;
    }
}
