import nlp from "compromise";
const d = nlp("Angela Merkel met executives of Siemens in Berlin on Tuesday .");
console.log(JSON.stringify(d.people().json({ offset: true }).map((x: any) => x.offset)), JSON.stringify(d.places().json({offset:true}).map((x:any)=>[x.text,x.offset])), JSON.stringify(d.organizations().json({offset:true}).map((x:any)=>[x.text,x.offset])));
