using Governance.Party;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPartyServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapPartyApi();
app.Run();
