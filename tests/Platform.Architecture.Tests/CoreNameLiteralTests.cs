using Xunit;

namespace Platform.Architecture.Tests;

/// <summary>Modules other than Core name Core's entities and attributes only through Core's contract (ADR 0015).</summary>
public sealed class CoreNameLiteralTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Names = CoreNames.All;

    [Fact]
    public void No_module_but_Core_spells_a_Core_name_as_a_string_literal()
    {
        var violations = CoreNameLiterals.CoveredFiles(Repository.Root)
            .SelectMany(f => CoreNameLiterals.Violations(f, File.ReadAllText(Path.Combine(Repository.Root, f)), Names))
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_names_come_from_the_contract_entities_and_every_entity_s_attributes()
    {
        Assert.Equal(["CoreEntities.Order"], Names["order"]);
        Assert.Equal(["CoreEntities.OrderLine"], Names["orderline"]);
        Assert.Equal(["CoreAttributes.Order.TotalAmount"], Names["totalAmount"]);
        Assert.Equal(["CoreAttributes.Id"], Names["id"]);
        Assert.Contains("CoreAttributes.InventoryPosition.ProductId", Names["productId"]);
        Assert.Contains("CoreAttributes.OrderLine.ProductId", Names["productId"]);
        Assert.Contains("CoreAttributes.Order.Lines", Names["lines"]);
        Assert.True(Names.Count > 60, $"only {Names.Count} names were read from the contract");
    }

    [Fact]
    public void The_rule_covers_the_other_modules_and_the_fixture_modules_but_not_Core_or_generated_code()
    {
        var files = CoreNameLiterals.CoveredFiles(Repository.Root);

        Assert.Contains("modules/Pricing/Steps/OrderPricingStep.cs", files);
        Assert.Contains("tests/Fixtures/QuoteCaller/QuoteCallerModule.cs", files);
        Assert.DoesNotContain(files, f => f.StartsWith("modules/Core/", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains("/Migrations/", StringComparison.Ordinal) || f.Contains("/obj/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_literal_equal_to_a_Core_name_is_caught_with_its_line_and_the_contract_member_to_use()
    {
        const string source = """
            class Step
            {
                decimal Total(Platform.Sdk.Data.Entity order) =>
                    order.GetValue<decimal>("totalAmount");
                string Name => "orderline";
            }
            """;

        var violations = CoreNameLiterals.Violations("modules/Evil/Step.cs", source, Names);

        Assert.Equal(
        [
            "modules/Evil/Step.cs:4: \"totalAmount\" is Core's name; use CoreAttributes.Order.TotalAmount.",
            "modules/Evil/Step.cs:5: \"orderline\" is Core's name; use CoreEntities.OrderLine.",
        ], violations);
    }

    [Fact]
    public void Verbatim_raw_utf8_hole_free_interpolated_and_differently_cased_literals_are_caught()
    {
        const string source = """"
            class Step
            {
                string A => @"status";
                string B => """channel""";
                System.ReadOnlySpan<byte> C => "customerId"u8;
                string D => $"storeId";
                string E => "TotalAmount";
            }
            """";

        var violations = CoreNameLiterals.Violations("x.cs", source, Names);

        Assert.Equal(5, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("x.cs:3: \"status\"", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("x.cs:4: \"channel\"", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("x.cs:5: \"customerId\"", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("x.cs:6: \"storeId\"", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("x.cs:7: \"TotalAmount\" is Core's name; use CoreAttributes.Order.TotalAmount.", StringComparison.Ordinal));
    }

    [Fact]
    public void Comments_documentation_identifiers_nameof_and_longer_strings_do_not_count()
    {
        const string source = """
            // reads "totalAmount" of the order
            /// <summary>Uses <c>"lines"</c>.</summary>
            class Step
            {
                /* "status" */
                int status = 0;
                string A => nameof(status);
                string B => "order total";
                string C(int n) => $"lines[{n}]";
                string D => "pricelist";
            }
            """;

        Assert.Empty(CoreNameLiterals.Violations("x.cs", source, Names));
    }
}
