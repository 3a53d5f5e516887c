// Source: https://github.com/MicrosoftDocs/mslearn-create-razor-pages-aspnet-core
// Commit: 0e29c3d60325e0b7ed09d7399c5be12de4f6b4e8
// Licence: MIT (code, LICENSE-CODE; CC-BY-4.0 documentation): a class's public members transcribed for a test
// Sample: h-sample53 rule, fixed before probing (Corpus/MslearnMrAdtInUnity/ITurbineSiteData.cs gives it whole, with
//   the repositories skipped and why). This one: the 2nd pick, the first grep hit of create-razor-pages-aspnet-core.
// Path: ContosoPizza/Services/PizzaService.cs (over Data/PizzaContext.cs, EF Core with SQLite; model: Models/Pizza.cs;
//   table: Migrations/20230501213855_InitialCreate.cs)
// Adapted: the interface is what "Extract interface" gives from PizzaService (GetPizzas, AddPizza, DeletePizza); Pizza
//   without its validation attributes ([Required] Name, [Range] Price). Nullable enabled and implicit usings off (the
//   project enables both; the usings are written out).
// Real store: PizzaService over one PizzaContext per request (AddDbContext, SQLite; the Pizzas table's Id is an INTEGER
//   primary key with AUTOINCREMENT, EF Core's key by convention). GetPizzas() is Pizzas.ToList(): every pizza, in the
//   table's order (SQLite's rowid, which is Id). AddPizza(pizza) is Add + SaveChanges: a pizza with Id 0 gets the next
//   number (1, 2, ...), written back into the pizza given; an Id already stored fails the save (DbUpdateException,
//   UNIQUE constraint failed: Pizzas.Id). DeletePizza(id) is Find, then Remove + SaveChanges when found: an id not
//   stored does nothing. The `_context.Pizzas != null` checks never fail (EF Core sets the DbSet).
// First try (10e6d05): complete (attribute bare): GetPizzas (every pizza, in insertion order, which is the Id order
//   here), AddPizza (an add numbering the int key and writing it back; a taken Id is the duplicate error, store
//   unchanged), DeletePizza (a removal by key: nothing for an id not stored) | WRONG: none: the smoke script passes.
// After this round: unchanged.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;

namespace Corpus.MslearnCreateRazorPages.IPizzaServiceCase;

public class Pizza
{
    public int Id { get; set; }

    public string? Name { get; set; }
    public PizzaSize Size { get; set; }
    public bool IsGlutenFree { get; set; }

    public decimal Price { get; set; }
}

public enum PizzaSize { Small, Medium, Large }

[InMemoryFake]
public interface IPizzaService
{
    IList<Pizza> GetPizzas();

    void AddPizza(Pizza pizza);

    void DeletePizza(int id);
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(IPizzaService service)
    {
        Check.Equal(0, service.GetPizzas().Count, "GetPizzas of an empty table is empty");

        var margherita = new Pizza { Name = "Margherita", Size = PizzaSize.Medium, Price = 9.50m };
        service.AddPizza(margherita);
        Check.True(margherita.Id != 0, "AddPizza numbers the pizza and writes the Id back into it (AUTOINCREMENT)");
        var veggie = new Pizza { Name = "Veggie", Size = PizzaSize.Small, IsGlutenFree = true, Price = 7m };
        service.AddPizza(veggie);
        Check.True(veggie.Id != 0 && veggie.Id != margherita.Id, "each with a new number");

        var pizzas = service.GetPizzas();
        Check.Equal(2, pizzas.Count, "GetPizzas lists every pizza");
        Check.Equal("Margherita", pizzas[0].Name, "in the table's order (Id)");
        Check.Equal("Veggie", pizzas[1].Name, "the second added second");
        Check.True(pizzas[1].IsGlutenFree && pizzas[1].Price == 7m, "with what AddPizza stored");

        Check.Throws<Exception>(() => service.AddPizza(new Pizza { Id = margherita.Id, Name = "Copy" }), "AddPizza of an Id already stored fails (UNIQUE constraint)");
        Check.Equal(2, service.GetPizzas().Count, "and stores nothing");

        service.DeletePizza(margherita.Id);
        var left = service.GetPizzas();
        Check.Equal(1, left.Count, "DeletePizza removes the pizza");
        Check.Equal("Veggie", left[0].Name, "and only it");
        service.DeletePizza(margherita.Id + veggie.Id + 100);
        Check.Equal(1, service.GetPizzas().Count, "DeletePizza of an id not stored does nothing (Find is null)");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
